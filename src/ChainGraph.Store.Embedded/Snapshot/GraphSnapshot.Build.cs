using System.Runtime.InteropServices;
using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>The index-building half of <see cref="GraphSnapshot"/>.</summary>
internal sealed partial class GraphSnapshot
{
    private (int[] Company, int[] Region, int[][] WorksIn, GeoPoint[] Points, RowLists<int> CompanySites) BuildSites()
    {
        var n = Sites.Length;
        var company = new int[n];
        var region = new int[n];
        var worksIn = new int[n][];
        var points = new GeoPoint[n];
        // Each site's entries depend on that site alone: a large store's two halves are indexed side by side.
        if (n >= 20_000)
        {
            var middle = n / 2;
            Parallel.Invoke(
                () => IndexSites(0, middle, company, region, worksIn, points),
                () => IndexSites(middle, n, company, region, worksIn, points));
        }
        else
        {
            IndexSites(0, n, company, region, worksIn, points);
        }
        // Each company's sites, in id order.
        var sitesOf = new int[Companies.Length];
        foreach (var c in company)
        {
            sitesOf[c]++;
        }
        var byCompany = new RowLists<int>.Builder(sitesOf);
        for (var i = 0; i < n; i++)
        {
            byCompany.Add(company[i], i);
        }
        return (company, region, worksIn, points, byCompany.Build());
    }

    /// <summary>Fills the per-site entries of sites <paramref name="from"/> to <paramref name="to"/> (exclusive).</summary>
    private void IndexSites(int from, int to, int[] company, int[] region, int[][] worksIn, GeoPoint[] points)
    {
        var closure = new List<int>(8);
        // sites that work in the same one or two segments share one closure array: a million sites name a few
        // thousand distinct lists
        var shared = new Dictionary<long, int[]>();
        // a company's sites mostly come together in id order: its number is looked up once per run of them
        string? lastCompany = null;
        var lastNumber = -1;
        for (var i = from; i < to; i++)
        {
            var site = Sites[i];
            company[i] = string.Equals(site.CompanyId, lastCompany, StringComparison.Ordinal) ? lastNumber : CompanyIndex[site.CompanyId];
            (lastCompany, lastNumber) = (site.CompanyId, company[i]);
            region[i] = RegionIndex[site.RegionCode];
            points[i] = new GeoPoint(site.Lat, site.Lon);
            var segments = site.SegmentIds;
            if (segments.Count is 1 or 2)
            {
                var first = SegmentIndex[segments[0]];
                var second = segments.Count == 2 ? SegmentIndex[segments[1]] : -1;
                ref var closed = ref CollectionsMarshal.GetValueRefOrAddDefault(shared, ((long)first << 32) | (uint)(second + 1), out _);
                worksIn[i] = closed ??= Closure(segments, closure);
            }
            else
            {
                worksIn[i] = Closure(segments, closure);
            }
        }
    }

    /// <summary>The segments a site working in <paramref name="segmentIds"/> works in, with every segment above them.</summary>
    private int[] Closure(IReadOnlyList<string> segmentIds, List<int> scratch)
    {
        scratch.Clear();
        foreach (var segmentId in segmentIds)
        {
            foreach (var s in SegmentClosure[SegmentIndex[segmentId]])
            {
                if (!scratch.Contains(s))
                {
                    scratch.Add(s);
                }
            }
        }
        return scratch.ToArray();
    }

    private (RowLists<int> Customers, RowLists<Supply> Supplies, RowLists<GroupSupplier> GroupSuppliers) BuildSupplies()
    {
        // Count first, then fill flat lists: no per-company arrays.
        var n = Companies.Length;
        var customerCount = new int[n];
        var supplyCount = new int[n];
        var pairCount = new int[n];
        var edges = new (int From, int To, Supply Supply)[Data.Supplies.Count];
        var k = 0;
        // a supplier's rows mostly come together (as data sets list them): its number is looked up once per run of them
        string? lastSupplier = null;
        var lastFrom = -1;
        // Rows read from a graph image come with their companies' numbers; each is used when it names the same string
        // instance (the image's) as the row, else the id is looked up.
        var ends = Data.SupplyEnds is { } known && known.Length == 2 * Data.Supplies.Count ? known : null;
        foreach (var supply in Data.Supplies)
        {
            int from, to;
            if (ends is not null && Names(ends[2 * k], supply.SupplierId) && Names(ends[(2 * k) + 1], supply.CustomerId))
            {
                (from, to) = (ends[2 * k], ends[(2 * k) + 1]);
            }
            else
            {
                from = string.Equals(supply.SupplierId, lastSupplier, StringComparison.Ordinal) ? lastFrom : CompanyIndex[supply.SupplierId];
                (lastSupplier, lastFrom) = (supply.SupplierId, from);
                to = CompanyIndex[supply.CustomerId];
            }
            edges[k++] = (from, to, supply);
            customerCount[from]++;
            supplyCount[from]++;
            if (to != from)
            {
                supplyCount[to]++;
            }
            pairCount[GroupRoot[to]]++;
        }
        // the companies' numbers read from an image serve this first snapshot only
        Data.SupplyEnds = null;
        // The per-company lists and the per-group pairs are made from the edges alone: side by side when a core is free
        // (the region aggregates, built beside this, take less time at a million companies).
        RowLists<int>? customers = null;
        RowLists<Supply>? supplies = null;
        RowLists<GroupSupplier>? pairs = null;
        if (edges.Length >= 100_000)
        {
            Parallel.Invoke(
                () => (customers, supplies) = CompanyLists(edges, customerCount, supplyCount),
                () => pairs = GroupPairs(edges, pairCount));
        }
        else
        {
            (customers, supplies) = CompanyLists(edges, customerCount, supplyCount);
            pairs = GroupPairs(edges, pairCount);
        }
        return (customers!, supplies!, pairs!);
    }

    /// <summary>Per company: its distinct direct customers in id order, and the supply rows it is part of.</summary>
    private static (RowLists<int> Customers, RowLists<Supply> Supplies) CompanyLists((int From, int To, Supply Supply)[] edges, int[] customerCount, int[] supplyCount)
    {
        var customers = new RowLists<int>.Builder(customerCount);
        var supplies = new RowLists<Supply>.Builder(supplyCount);
        foreach (var (from, to, supply) in edges)
        {
            customers.Add(from, to);
            supplies.Add(from, supply);
            if (to != from)
            {
                supplies.Add(to, supply);
            }
        }
        return (customers.Build().Packed(SortDistinct), supplies.Build());
    }

    /// <summary>
    /// Supplier groups per customer group, listed by customer group (no map of pairs, which at a million companies held
    /// millions of entries and dominated opening the store), then merged per group.
    /// </summary>
    private RowLists<GroupSupplier> GroupPairs((int From, int To, Supply Supply)[] edges, int[] pairCount)
    {
        var pairs = new RowLists<GroupSupplier>.Builder(pairCount);
        foreach (var (from, to, supply) in edges)
        {
            pairs.Add(GroupRoot[to], new GroupSupplier(GroupRoot[from], ConfidenceWeights.Of(supply.Confidence)));
        }
        return pairs.Build().Packed(MergeByGroup);
    }

    /// <summary>Whether company number <paramref name="company"/> has the very string <paramref name="id"/> as its id.</summary>
    private bool Names(int company, string id) => (uint)company < (uint)CompanyIds.Length && ReferenceEquals(CompanyIds[company], id);

    /// <summary>A customer group's supplier groups in ascending order, each once with the largest weight of its supply rows.</summary>
    private static int MergeByGroup(Span<GroupSupplier> row)
    {
        if (row.Length < 2)
        {
            return row.Length;
        }
        row.Sort(static (a, b) => a.Group.CompareTo(b.Group));
        var w = 1;
        for (var r = 1; r < row.Length; r++)
        {
            if (row[r].Group == row[w - 1].Group)
            {
                row[w - 1] = row[w - 1] with { Weight = Math.Max(row[w - 1].Weight, row[r].Weight) };
            }
            else
            {
                row[w++] = row[r];
            }
        }
        return w;
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

    /// <summary>Sorts in place and drops repeats; returns how many distinct values lead the row.</summary>
    private static int SortDistinct(Span<int> values)
    {
        if (values.Length < 2)
        {
            return values.Length;
        }
        values.Sort();
        var w = 1;
        for (var r = 1; r < values.Length; r++)
        {
            if (values[r] != values[w - 1])
            {
                values[w++] = values[r];
            }
        }
        return w;
    }

    private int[][] BuildSegmentSites()
    {
        var lists = new List<int>?[Segments.Length];
        // Sites are numbered in id order; visiting them by company keeps each list ordered by company then site.
        for (var c = 0; c < CompanySites.Count; c++)
        {
            foreach (var site in CompanySites[c])
            {
                foreach (var segment in SiteWorksIn[site])
                {
                    (lists[segment] ??= []).Add(site);
                }
            }
        }
        return lists.Select(l => l?.ToArray() ?? []).ToArray();
    }

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
}
