using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>The index-building half of <see cref="GraphSnapshot"/>.</summary>
internal sealed partial class GraphSnapshot
{
    private (int[] Company, int[] Region, int[][] WorksIn, GeoPoint[] Points, int[][] CompanySites) BuildSites()
    {
        var company = new int[Sites.Length];
        var region = new int[Sites.Length];
        var worksIn = new int[Sites.Length][];
        var points = new GeoPoint[Sites.Length];
        var sitesOf = new int[Companies.Length];
        var closure = new List<int>(8);
        for (var i = 0; i < Sites.Length; i++)
        {
            var site = Sites[i];
            company[i] = CompanyIndex[site.CompanyId];
            region[i] = RegionIndex[site.RegionCode];
            points[i] = new GeoPoint(site.Lat, site.Lon);
            closure.Clear();
            foreach (var segmentId in site.SegmentIds)
            {
                foreach (var s in SegmentClosure[SegmentIndex[segmentId]])
                {
                    if (!closure.Contains(s))
                    {
                        closure.Add(s);
                    }
                }
            }
            worksIn[i] = closure.ToArray();
            sitesOf[company[i]]++;
        }
        // Each company's sites in an exact-size array (counted above), in id order: no list per company.
        var byCompany = new int[Companies.Length][];
        for (var c = 0; c < byCompany.Length; c++)
        {
            byCompany[c] = sitesOf[c] == 0 ? [] : new int[sitesOf[c]];
            sitesOf[c] = 0;
        }
        for (var i = 0; i < Sites.Length; i++)
        {
            byCompany[company[i]][sitesOf[company[i]]++] = i;
        }
        return (company, region, worksIn, points, byCompany);
    }

    private (int[][] Customers, Supply[][] Supplies, Dictionary<int, GroupSupplier[]> GroupSuppliers) BuildSupplies()
    {
        // Count first, then fill exact-size arrays: no per-company lists.
        var n = Companies.Length;
        var customerCount = new int[n];
        var supplyCount = new int[n];
        var edges = new (int From, int To, Supply Supply)[Data.Supplies.Count];
        var k = 0;
        foreach (var supply in Data.Supplies.Values)
        {
            var from = CompanyIndex[supply.SupplierId];
            var to = CompanyIndex[supply.CustomerId];
            edges[k++] = (from, to, supply);
            customerCount[from]++;
            supplyCount[from]++;
            if (to != from)
            {
                supplyCount[to]++;
            }
        }
        var customers = new int[n][];
        var supplies = new Supply[n][];
        for (var c = 0; c < n; c++)
        {
            customers[c] = customerCount[c] == 0 ? [] : new int[customerCount[c]];
            supplies[c] = supplyCount[c] == 0 ? [] : new Supply[supplyCount[c]];
        }
        Array.Clear(customerCount);
        Array.Clear(supplyCount);
        // Supplier groups per customer group, bucketed by customer group (a counting sort: no map of pairs, which at
        // a million companies held millions of entries and dominated opening the store).
        var pairsOf = new int[n + 1];
        foreach (var (_, to, _) in edges)
        {
            pairsOf[GroupRoot[to] + 1]++;
        }
        for (var g = 0; g < n; g++)
        {
            pairsOf[g + 1] += pairsOf[g];
        }
        var pairSupplier = new int[edges.Length];
        var pairWeight = new double[edges.Length];
        var filled = (int[])pairsOf.Clone();
        foreach (var (from, to, supply) in edges)
        {
            customers[from][customerCount[from]++] = to;
            supplies[from][supplyCount[from]++] = supply;
            if (to != from)
            {
                supplies[to][supplyCount[to]++] = supply;
            }
            var at = filled[GroupRoot[to]]++;
            pairSupplier[at] = GroupRoot[from];
            pairWeight[at] = ConfidenceWeights.Of(supply.Confidence);
        }
        for (var c = 0; c < n; c++)
        {
            customers[c] = Distinct(customers[c]);
        }
        return (customers, supplies, GroupSuppliersOf(pairsOf, pairSupplier, pairWeight));
    }

    /// <summary>
    /// Per customer group, its distinct supplier groups in ascending order, each with the largest weight of its
    /// supply rows, from the pairs bucketed by customer group (<paramref name="start"/>: where each bucket begins).
    /// </summary>
    private static Dictionary<int, GroupSupplier[]> GroupSuppliersOf(int[] start, int[] supplier, double[] weight)
    {
        var result = new Dictionary<int, GroupSupplier[]>();
        var scratch = new List<GroupSupplier>();
        for (var customer = 0; customer < start.Length - 1; customer++)
        {
            var from = start[customer];
            var count = start[customer + 1] - from;
            if (count == 0)
            {
                continue;
            }
            Array.Sort(supplier, weight, from, count);
            scratch.Clear();
            for (var i = from; i < from + count; i++)
            {
                if (scratch.Count > 0 && scratch[^1].Group == supplier[i])
                {
                    scratch[^1] = scratch[^1] with { Weight = Math.Max(scratch[^1].Weight, weight[i]) };
                }
                else
                {
                    scratch.Add(new GroupSupplier(supplier[i], weight[i]));
                }
            }
            result.Add(customer, [.. scratch]);
        }
        return result;
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

    /// <summary>Sorts in place and drops repeats.</summary>
    private static int[] Distinct(int[] values)
    {
        if (values.Length < 2)
        {
            return values;
        }
        Array.Sort(values);
        var w = 1;
        for (var r = 1; r < values.Length; r++)
        {
            if (values[r] != values[w - 1])
            {
                values[w++] = values[r];
            }
        }
        return w == values.Length ? values : values[..w];
    }

    private int[][] BuildSegmentSites()
    {
        var lists = new List<int>?[Segments.Length];
        // Sites are numbered in id order; visiting them by company keeps each list ordered by company then site.
        foreach (var sites in CompanySites)
        {
            foreach (var site in sites)
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
        var anchorLeaves = new Dictionary<int, SortedSet<int>>?[n, chains];

        // Companies in id order, each site once: a cell counts a company the first time it sees it.
        for (var c = 0; c < Companies.Length; c++)
        {
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
                    for (var ch = 0; ch < chains; ch++)
                    {
                        if (!IsAnchor[ch][c])
                        {
                            continue;
                        }
                        var byAnchor = anchorLeaves[r, ch] ??= [];
                        if (!byAnchor.TryGetValue(c, out var leaves))
                        {
                            byAnchor[c] = leaves = [];
                        }
                        foreach (var segment in SiteWorksIn[site])
                        {
                            if (SegmentIsLeaf[segment])
                            {
                                leaves.Add(segment);
                            }
                        }
                    }
                    foreach (var segment in SiteWorksIn[site])
                    {
                        (regionCells[segment] ??= new PresenceCell(chains)).Add(c, site, IsAnchor);
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
                Anchors = Enumerable.Range(0, chains).Select(ch => anchorLeaves[r, ch]?.OrderBy(kv => kv.Key)
                    .Select(kv => new LocalAnchor(
                        Companies[kv.Key].Id,
                        Companies[GroupRoot[kv.Key]].Id,
                        kv.Value.Select(s => Segments[s].Id).ToArray()))
                    .ToArray() ?? []).ToArray(),
                Projects = projects[r]?.ToArray() ?? [],
            };
        }
        return result;
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

        public void Add(int company, int site, bool[][] isAnchor)
        {
            if (company != _lastCompany)
            {
                _lastCompany = company;
                _companies++;
                for (var ch = 0; ch < _anchors.Length; ch++)
                {
                    if (isAnchor[ch][company])
                    {
                        _anchors[ch]++;
                    }
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
