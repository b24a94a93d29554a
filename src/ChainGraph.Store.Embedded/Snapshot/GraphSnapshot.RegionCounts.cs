using System.Runtime.InteropServices;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>Counting one range of companies into the per-region aggregates (see <see cref="BuildRegionAggregates(IReadOnlySet{string}?, int)"/>).</summary>
internal sealed partial class GraphSnapshot
{
    /// <summary>The sites of companies <paramref name="from"/> to <paramref name="to"/> (exclusive) counted into the regions they lie in and above.</summary>
    private RegionCounts CountRegions(int from, int to, bool[] wanted)
    {
        var chains = Chains.Length;
        var counts = new RegionCounts(Regions.Length, chains);
        var (localSites, localCompanies, cells, anchorLeaves, anchorsOf) = (counts.LocalSites, counts.LocalCompanies, counts.Cells, counts.AnchorLeaves, counts.AnchorsOf);
        // Companies in id order, each site once: a cell counts a company the first time it sees it.
        var anchorOf = new List<int>(chains);
        for (var c = from; c < to; c++)
        {
            // the chains this company is an anchor of, found once for all its sites, regions and segments (most
            // companies are no anchor: nothing to count for them)
            anchorOf.Clear();
            for (var ch = 0; ch < chains; ch++)
            {
                if (IsAnchor[ch][c])
                {
                    anchorOf.Add(ch);
                }
            }
            var anchorChains = CollectionsMarshal.AsSpan(anchorOf);
            foreach (var site in CompanySites[c])
            {
                foreach (var r in RegionAncestors[SiteRegion[site]])
                {
                    if (!wanted[r])
                    {
                        continue;
                    }
                    (localSites[r] ??= []).Add(site);
                    var companies = localCompanies[r] ??= [];
                    if (companies.Count == 0 || companies[^1] != c)
                    {
                        companies.Add(c);
                    }
                    var regionCells = cells[r] ??= new PresenceCell?[Segments.Length];
                    if (anchorChains.Length > 0)
                    {
                        ref var leaves = ref CollectionsMarshal.GetValueRefOrAddDefault(anchorLeaves[r] ??= [], c, out var seen);
                        leaves ??= [];
                        foreach (var segment in SiteWorksIn[site])
                        {
                            if (SegmentIsLeaf[segment])
                            {
                                leaves.Add(segment);
                            }
                        }
                        if (!seen)
                        {
                            foreach (var ch in anchorChains)
                            {
                                (anchorsOf[r, ch] ??= []).Add(c);
                            }
                        }
                    }
                    foreach (var segment in SiteWorksIn[site])
                    {
                        (regionCells[segment] ??= new PresenceCell(chains)).Add(c, site, anchorChains);
                    }
                }
            }
        }
        return counts;
    }

    /// <summary>What counting a range of companies gathers per region.</summary>
    private sealed class RegionCounts(int regions, int chains)
    {
        public List<int>?[] LocalSites { get; } = new List<int>?[regions];

        public List<int>?[] LocalCompanies { get; } = new List<int>?[regions];

        /// <summary>Per region, per segment ordinal: an array rather than a map, since every site visits a few segments in each of its regions.</summary>
        public PresenceCell?[][] Cells { get; } = new PresenceCell?[regions][];

        /// <summary>Per region: each local anchor's leaf segments there (one list whatever the chains it anchors, sorted at the end).</summary>
        public Dictionary<int, List<int>>?[] AnchorLeaves { get; } = new Dictionary<int, List<int>>?[regions];

        /// <summary>Per region and chain: the local anchors of that chain, in company order.</summary>
        public List<int>?[,] AnchorsOf { get; } = new List<int>?[regions, chains];

        /// <summary>Adds the counts of the next range of companies (every one of them after every one counted here).</summary>
        public void Add(RegionCounts next)
        {
            for (var r = 0; r < LocalSites.Length; r++)
            {
                Append(ref LocalSites[r], next.LocalSites[r]);
                Append(ref LocalCompanies[r], next.LocalCompanies[r]);
                if (next.Cells[r] is { } nextCells)
                {
                    var cells = Cells[r] ??= new PresenceCell?[nextCells.Length];
                    for (var g = 0; g < nextCells.Length; g++)
                    {
                        if (nextCells[g] is { } cell)
                        {
                            (cells[g] ??= new PresenceCell(chains)).Add(cell);
                        }
                    }
                }
                if (next.AnchorLeaves[r] is { } leaves)
                {
                    var mine = AnchorLeaves[r] ??= [];
                    foreach (var (company, list) in leaves)
                    {
                        mine.Add(company, list);
                    }
                }
                for (var ch = 0; ch < chains; ch++)
                {
                    Append(ref AnchorsOf[r, ch], next.AnchorsOf[r, ch]);
                }
            }
        }

        private static void Append(ref List<int>? list, List<int>? next)
        {
            if (next is null)
            {
                return;
            }
            if (list is null)
            {
                list = next;
            }
            else
            {
                list.AddRange(next);
            }
        }
    }
}
