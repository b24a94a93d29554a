using System.Runtime.InteropServices;
using ChainGraph.Domain;
using ChainGraph.Domain.Model;

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
        return (company, region, worksIn, points, SitesByCompany(company));
    }

    /// <summary>Each company's sites, in id order, from each site's company.</summary>
    private RowLists<int> SitesByCompany(int[] company)
    {
        var n = company.Length;
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
        return byCompany.Build();
    }

    /// <summary>Fills the per-site entries of sites <paramref name="from"/> to <paramref name="to"/> (exclusive).</summary>
    private void IndexSites(int from, int to, int[] company, int[] region, int[][] worksIn, GeoPoint[] points)
    {
        var closure = new List<int>(8);
        // sites that work in the same one or two segments share one closure array: a million sites name a few
        // thousand distinct lists
        // (keyed by the pair: a long packing both numbers hashes to their XOR, so the few thousand lists of neighbouring
        // segment numbers fell into a few hundred buckets)
        var shared = new Dictionary<(int, int), int[]>();
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
                ref var closed = ref CollectionsMarshal.GetValueRefOrAddDefault(shared, (first, second), out _);
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

    private (RowLists<int> Customers, Supply[] Rows, RowLists<int> Supplies, RowLists<GroupSupplier> GroupSuppliers) BuildSupplies()
    {
        // Count first, then fill flat lists: no per-company arrays.
        var n = Companies.Length;
        var customerCount = new int[n];
        var supplyCount = new int[n];
        var pairCount = new int[n];
        // the rows in the order the set lists them (the order a graph image holds them in): a company's supply rows are
        // listed by their numbers in it
        var rows = new Supply[Data.Supplies.Count];
        var edges = new (int From, int To)[rows.Length];
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
            rows[k] = supply;
            edges[k++] = (from, to);
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
        RowLists<int>? supplies = null;
        RowLists<GroupSupplier>? pairs = null;
        if (edges.Length >= 100_000)
        {
            Parallel.Invoke(
                () => (customers, supplies) = CompanyLists(edges, customerCount, supplyCount),
                () => pairs = GroupPairs(edges, rows, pairCount));
        }
        else
        {
            (customers, supplies) = CompanyLists(edges, customerCount, supplyCount);
            pairs = GroupPairs(edges, rows, pairCount);
        }
        return (customers!, rows, supplies!, pairs!);
    }

    /// <summary>Per company: its distinct direct customers in id order, and the numbers of the supply rows it is part of, ascending.</summary>
    private static (RowLists<int> Customers, RowLists<int> Supplies) CompanyLists((int From, int To)[] edges, int[] customerCount, int[] supplyCount)
    {
        var customers = new RowLists<int>.Builder(customerCount);
        var supplies = new RowLists<int>.Builder(supplyCount);
        for (var row = 0; row < edges.Length; row++)
        {
            var (from, to) = edges[row];
            customers.Add(from, to);
            supplies.Add(from, row);
            if (to != from)
            {
                supplies.Add(to, row);
            }
        }
        return (customers.Build().Packed(SortDistinct), supplies.Build());
    }

    /// <summary>
    /// Supplier groups per customer group, listed by customer group (no map of pairs, which at a million companies held
    /// millions of entries and dominated opening the store), then merged per group.
    /// </summary>
    private RowLists<GroupSupplier> GroupPairs((int From, int To)[] edges, Supply[] rows, int[] pairCount)
    {
        var pairs = new RowLists<GroupSupplier>.Builder(pairCount);
        for (var row = 0; row < edges.Length; row++)
        {
            var (from, to) = edges[row];
            pairs.Add(GroupRoot[to], new GroupSupplier(GroupRoot[from], ConfidenceWeights.Of(rows[row].Confidence)));
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

    /// <summary>Per segment, the sites that work in it (<paramref name="worksIn"/>), ordered by company then site.</summary>
    private int[][] BuildSegmentSites(int[][] worksIn, RowLists<int> companySites)
    {
        // counted first, then filled: one array of the exact size per segment
        var counts = new int[Segments.Length];
        foreach (var closure in worksIn)
        {
            foreach (var segment in closure)
            {
                counts[segment]++;
            }
        }
        var lists = Array.ConvertAll(counts, n => n == 0 ? [] : new int[n]);
        var next = new int[Segments.Length];
        // Sites are numbered in id order; visiting them by company keeps each list ordered by company then site.
        for (var c = 0; c < companySites.Count; c++)
        {
            foreach (var site in companySites[c])
            {
                foreach (var segment in worksIn[site])
                {
                    lists[segment][next[segment]++] = site;
                }
            }
        }
        return lists;
    }
}
