using System.Runtime.InteropServices;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>The per-region aggregates of <see cref="GraphSnapshot"/>: local sites and companies, presence, anchors, projects.</summary>
internal sealed partial class GraphSnapshot
{
    private RegionAggregate[] BuildRegionAggregates(IReadOnlySet<string>? only)
    {
        var n = Regions.Length;
        var wanted = new bool[n];
        for (var r = 0; r < n; r++)
        {
            wanted[r] = only is null || only.Contains(Regions[r].Code);
        }
        var localSites = new List<int>?[n];
        var localCompanies = new List<int>?[n];
        // Per region, per segment ordinal: an array rather than a map, since every site visits a few segments in each of its regions.
        var cells = new PresenceCell?[n][];
        var chains = Chains.Length;
        // Per region: each local anchor's leaf segments there (one list whatever the chains it anchors, sorted at the
        // end); per region and chain: the local anchors of that chain, in company order.
        var anchorLeaves = new Dictionary<int, List<int>>?[n];
        var anchorsOf = new List<int>?[n, chains];

        // Companies in id order, each site once: a cell counts a company the first time it sees it.
        var anchorOf = new List<int>(chains);
        for (var c = 0; c < Companies.Length; c++)
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

        var projects = new List<Project>?[n];
        foreach (var project in Projects)
        {
            foreach (var r in RegionAncestors[RegionIndex[project.RegionCode]])
            {
                if (!wanted[r])
                {
                    continue;
                }
                (projects[r] ??= []).Add(project);
            }
        }

        var result = new RegionAggregate[n];
        for (var r = 0; r < n; r++)
        {
            result[r] = new RegionAggregate
            {
                LocalSites = SortedArray(localSites[r]),
                LocalCompanies = localCompanies[r]?.ToArray() ?? [],
                Presence = PresenceOf(cells[r]),
                Anchors = LocalAnchorsOf(r, anchorLeaves[r], anchorsOf),
                Projects = projects[r]?.ToArray() ?? [],
            };
        }
        return result;
    }

    /// <summary>
    /// Per chain, region <paramref name="r"/>'s local anchors of that chain in company order, each with its leaf
    /// segments there in segment order (one record per company, whatever the chains it anchors).
    /// </summary>
    private LocalAnchor[][] LocalAnchorsOf(int r, Dictionary<int, List<int>>? leavesOf, List<int>?[,] anchorsOf)
    {
        var chains = anchorsOf.GetLength(1);
        var anchors = new LocalAnchor[chains][];
        Dictionary<int, LocalAnchor>? made = null;
        for (var ch = 0; ch < chains; ch++)
        {
            var companies = anchorsOf[r, ch];
            anchors[ch] = companies is null ? [] : new LocalAnchor[companies.Count];
            for (var i = 0; companies is not null && i < companies.Count; i++)
            {
                var c = companies[i];
                ref var anchor = ref CollectionsMarshal.GetValueRefOrAddDefault(made ??= [], c, out _);
                if (anchor is null)
                {
                    var leaves = CollectionsMarshal.AsSpan(leavesOf![c]);
                    var count = SortDistinct(leaves);
                    var ids = new string[count];
                    for (var k = 0; k < count; k++)
                    {
                        ids[k] = Segments[leaves[k]].Id;
                    }
                    anchor = new LocalAnchor(Companies[c].Id, Companies[GroupRoot[c]].Id, ids);
                }
                anchors[ch][i] = anchor;
            }
        }
        return anchors;
    }

    private static int[] SortedArray(List<int>? list)
    {
        if (list is null)
        {
            return [];
        }
        var array = list.ToArray();
        Array.Sort(array);
        return array;
    }

    /// <summary>Distinct companies and sites seen for one (region, segment) while companies are visited in order.</summary>
    private sealed class PresenceCell(int chains)
    {
        private readonly int[] _anchors = new int[chains];
        private int _lastCompany = -1;
        private int _lastSite = -1;
        private int _companies;
        private int _sites;

        /// <summary>Counts a site of <paramref name="company"/>, an anchor of the chains <paramref name="anchorChains"/>.</summary>
        public void Add(int company, int site, ReadOnlySpan<int> anchorChains)
        {
            if (company != _lastCompany)
            {
                _lastCompany = company;
                _companies++;
                foreach (var ch in anchorChains)
                {
                    _anchors[ch]++;
                }
            }
            if (site != _lastSite)
            {
                _lastSite = site;
                _sites++;
            }
        }

        public PresenceCounts ToCounts() => new(_companies, _sites, _anchors);
    }

    /// <summary>A region's presence counts by segment ordinal, for the segments with a local site.</summary>
    private static Dictionary<int, PresenceCounts> PresenceOf(PresenceCell?[]? cells)
    {
        var presence = new Dictionary<int, PresenceCounts>();
        for (var g = 0; cells is not null && g < cells.Length; g++)
        {
            if (cells[g] is { } cell)
            {
                presence.Add(g, cell.ToCounts());
            }
        }
        return presence;
    }
}
