using System.Runtime.InteropServices;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>The per-region aggregates of <see cref="GraphSnapshot"/>: local sites and companies, presence, anchors, projects.</summary>
internal sealed partial class GraphSnapshot
{
    /// <summary>From how many companies the per-region aggregates are made in two halves side by side.</summary>
    private const int SplitRegionsFromCompanies = 10_000;

    private RegionAggregate[] BuildRegionAggregates(IReadOnlySet<string>? only) =>
        BuildRegionAggregates(only, Companies.Length >= SplitRegionsFromCompanies ? 2 : 1);

    /// <summary>
    /// The per-region aggregates, made from <paramref name="parts"/> ranges of companies side by side and merged (each
    /// company's sites, and so its counts, fall in one range; the ranges come in company order).
    /// </summary>
    internal RegionAggregate[] BuildRegionAggregates(IReadOnlySet<string>? only, int parts)
    {
        var n = Regions.Length;
        var wanted = new bool[n];
        for (var r = 0; r < n; r++)
        {
            wanted[r] = only is null || only.Contains(Regions[r].Code);
        }
        var counted = new RegionCounts[parts];
        Parallel.For(0, parts, p => counted[p] = CountRegions((int)((long)Companies.Length * p / parts), (int)((long)Companies.Length * (p + 1) / parts), wanted));
        var all = counted[0];
        for (var p = 1; p < parts; p++)
        {
            all.Add(counted[p]);
        }
        var (localSites, localCompanies, cells, anchorLeaves, anchorsOf) = (all.LocalSites, all.LocalCompanies, all.Cells, all.AnchorLeaves, all.AnchorsOf);

        var projects = ProjectsByRegion(wanted);

        var result = new RegionAggregate[n];
        for (var r = 0; r < n; r++)
        {
            result[r] = new RegionAggregate
            {
                LocalSites = SortedArray(localSites[r]),
                LocalCompanies = localCompanies[r]?.ToArray() ?? [],
                Presence = PresenceOf(cells[r]),
                Anchors = LocalAnchorsOf(r, anchorLeaves[r], anchorsOf),
                Projects = projects[r],
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
                anchor ??= LocalAnchorOf(c, CollectionsMarshal.AsSpan(leavesOf![c]));
                anchors[ch][i] = anchor;
            }
        }
        return anchors;
    }

    /// <summary>
    /// Company <paramref name="company"/>'s record as a local anchor, with the leaf segments its sites there work in
    /// (<paramref name="leaves"/>, sorted and made distinct in place) in segment order.
    /// </summary>
    internal LocalAnchor LocalAnchorOf(int company, Span<int> leaves)
    {
        var count = SortDistinct(leaves);
        var ids = new string[count];
        for (var k = 0; k < count; k++)
        {
            ids[k] = Segments[leaves[k]].Id;
        }
        return new LocalAnchor(Companies[company].Id, Companies[GroupRoot[company]].Id, ids);
    }

    /// <summary>Per region (of those <paramref name="wanted"/>, or every one): the projects in it or below it, in id order.</summary>
    private Project[][] ProjectsByRegion(bool[]? wanted)
    {
        var lists = new List<Project>?[Regions.Length];
        foreach (var project in Projects)
        {
            foreach (var r in RegionAncestors[RegionIndex[project.RegionCode]])
            {
                if (wanted is null || wanted[r])
                {
                    (lists[r] ??= []).Add(project);
                }
            }
        }
        return Array.ConvertAll(lists, l => l?.ToArray() ?? []);
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

        /// <summary>Adds the counts of another range of companies (none of them counted here).</summary>
        public void Add(PresenceCell other)
        {
            _companies += other._companies;
            _sites += other._sites;
            for (var ch = 0; ch < _anchors.Length; ch++)
            {
                _anchors[ch] += other._anchors[ch];
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
