using ChainGraph.Domain;
using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// An immutable, indexed view of one version of the graph. Entities are numbered by their key order
/// (code point order), so sorted ordinal arrays are also sorted by id. Built once per committed
/// change; readers hold on to the snapshot they started with.
/// </summary>
internal sealed partial class GraphSnapshot
{
    /// <summary>
    /// Indexes <paramref name="data"/>. <paramref name="aggregateRegions"/>, when given, limits the per-region
    /// aggregates (presence, local sites and companies, anchors, projects) to those regions; every other region's is
    /// left empty. The scoped reader passes the regions whose rows it has read: no other region's aggregate would be
    /// whole, and none is asked for. <paramref name="alongside"/>, when given, runs on a worker thread while the indexes
    /// are built (a commit writes the graph image there); it may read <see cref="Data"/> and the rows in key order
    /// (<see cref="Chains"/>, <see cref="Regions"/>, <see cref="Segments"/>, <see cref="FlowList"/>, <see cref="Companies"/>,
    /// <see cref="Sites"/>, <see cref="Projects"/>), nothing else; the constructor returns once it is done and throws
    /// what it throws. With <paramref name="deferIndexes"/> only the rows in key order and their id maps are made (and
    /// <paramref name="alongside"/> runs on this thread): the indexes are built by <see cref="EnsureIndexed"/>, when a
    /// question first needs them (a store opened to import or back up never does).
    /// </summary>
    public GraphSnapshot(GraphData data, IReadOnlySet<string>? aggregateRegions = null, Action<GraphSnapshot>? alongside = null, bool deferIndexes = false)
        : this(data, aggregateRegions, alongside, deferIndexes, reuse: null)
    {
    }

    /// <summary>As above; <paramref name="reuse"/> names indexes of an earlier snapshot this one keeps instead of building them.</summary>
    private GraphSnapshot(GraphData data, IReadOnlySet<string>? aggregateRegions, Action<GraphSnapshot>? alongside, bool deferIndexes, IndexReuse? reuse)
    {
        Data = data;
        Regions = Sorted(data.Regions.Values, r => r.Code);
        RegionIndex = IndexOf(Regions, r => r.Code);
        Segments = Sorted(data.Segments.Values, s => s.Id);
        SegmentIndex = IndexOf(Segments, s => s.Id);
        if (reuse is { CompanyMap: { } companyMap })
        {
            // new companies merged in by id, every index numbered anew from the map (GraphSnapshot.Renumber.cs)
            Companies = WithNewCompanies(reuse, companyMap);
            CompanyIndex = IndexOf(Companies, c => c.Id);
            CompanyIds = Array.ConvertAll(Companies, c => c.Id);
            CompanyTagsOf = Array.ConvertAll(Companies, c => c.Tags);
            Sites = reuse.Before.Sites;
            SiteIds = reuse.Before.SiteIds;
        }
        else if (reuse is { Before: var before, Changes: var changes })
        {
            // the same companies as before: their rows in the same places, the written ones replaced; the sites likewise,
            // with the new ones merged in by id
            Companies = Patched(before.Companies, changes.Companies, c => before.CompanyIndex[c.Id]);
            CompanyIndex = before.CompanyIndex;
            CompanyIds = before.CompanyIds;
            CompanyTagsOf = changes.Companies.Count == 0 ? before.CompanyTagsOf : Array.ConvertAll(Companies, c => c.Tags);
            Sites = reuse.SitesAdded ? WithNewSites(before, changes.Sites) : Patched(before.Sites, changes.Sites, s => before.SiteNumber(s.Id));
            SiteIds = reuse.SitesAdded ? Array.ConvertAll(Sites, s => s.Id) : before.SiteIds;
        }
        else
        {
            Companies = Sorted(data.Companies.Values, c => c.Id);
            CompanyIndex = IndexOf(Companies, c => c.Id);
            CompanyIds = Array.ConvertAll(Companies, c => c.Id);
            CompanyTagsOf = Array.ConvertAll(Companies, c => c.Tags);
            Sites = Sorted(data.Sites.Values, s => s.Id);
            SiteIds = Array.ConvertAll(Sites, s => s.Id);
        }
        Projects = Sorted(data.Projects.Values, p => p.Id);
        Chains = Sorted(data.Chains.Values, c => c.Id);
        ChainIndex = IndexOf(Chains, c => c.Id);
        SegmentChain = Segments.Select(g => ChainIndex.TryGetValue(g.ChainId, out var ch) ? ch : -1).ToArray();
        PrioritiesOfRegion = data.RegionPriorities.Values
            .GroupBy(p => p.RegionCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.SegmentId, Ids.Comparer).ToArray(), StringComparer.Ordinal);
        AnchorsOfCompany = data.Anchors.Values
            .GroupBy(a => a.CompanyId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.ChainId, Ids.Comparer).ToArray(), StringComparer.Ordinal);
        ProjectsOfCompany = Projects
            .Where(p => p.CompanyId is not null)
            .GroupBy(p => p.CompanyId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        FlowList = data.Flows.OrderBy(f => f.FromId, Ids.Comparer).ThenBy(f => f.ToId, Ids.Comparer).ToArray();
        if (deferIndexes)
        {
            // nothing is built beside it: the worker's work is done on this thread
            alongside?.Invoke(this);
            return;
        }
        // every row array alongside may read is set: start it
        var side = alongside is null ? null : Task.Run(() => alongside(this));
        try
        {
            BuildIndexes(aggregateRegions, reuse);
        }
        catch
        {
            // the worker reads this snapshot's arrays: it finishes before the index build's own failure is reported
            if (side is not null)
            {
                try
                {
                    side.Wait();
                }
                catch (AggregateException)
                {
                    // the index build's failure is the one reported
                }
            }
            throw;
        }
        side?.GetAwaiter().GetResult();
    }

    public GraphData Data { get; }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Domain.Store.CompanyOrder, int[]> _companyOrders = new();

    /// <summary>
    /// The company numbers in a listing order, sorted once per snapshot and order on first use (companies are
    /// numbered in id order, so that order needs no sorting).
    /// </summary>
    public int[] CompaniesIn(Domain.Store.CompanyOrder order) =>
        _companyOrders.GetOrAdd(order, o =>
        {
            var numbers = new int[Companies.Length];
            for (var i = 0; i < numbers.Length; i++)
            {
                numbers[i] = i;
            }
            if (o.Field != Domain.Store.CompanyOrderField.Id)
            {
                var positions = Companies.Select(o.PositionOf).ToArray();
                Array.Sort(numbers, (x, y) => o.Compare(positions[x], positions[y]));
            }
            return numbers;
        });

    public Chain[] Chains { get; }
    public Dictionary<string, int> ChainIndex { get; }
    public SegmentFlow[] FlowList { get; }

    /// <summary>Per segment: its chain's ordinal (-1 when the chain is unknown).</summary>
    public int[] SegmentChain { get; }

    /// <summary>Region priority rows by region code, ordered by segment id.</summary>
    public Dictionary<string, RegionPriority[]> PrioritiesOfRegion { get; }

    /// <summary>Anchor rows by company id (the company's own), ordered by chain id.</summary>
    public Dictionary<string, Anchor[]> AnchorsOfCompany { get; }

    /// <summary>Projects by company id, ordered by project id.</summary>
    public Dictionary<string, Project[]> ProjectsOfCompany { get; }

    public Region[] Regions { get; }
    public Dictionary<string, int> RegionIndex { get; }
    /// <summary>Per region: itself, then each region above it.</summary>
    public int[][] RegionAncestors { get => field ?? throw NotIndexed(); private set; }
    public int[][] RegionChildren { get => field ?? throw NotIndexed(); private set; }

    public Segment[] Segments { get; }
    public Dictionary<string, int> SegmentIndex { get; }
    /// <summary>Per segment: itself, then each segment above it.</summary>
    public int[][] SegmentClosure { get => field ?? throw NotIndexed(); private set; }
    public bool[] SegmentIsLeaf { get => field ?? throw NotIndexed(); private set; }

    public Company[] Companies { get; }
    public Dictionary<string, int> CompanyIndex { get; }

    /// <summary>Per company: its id and its tags, packed beside each other for scans over many companies.</summary>
    public string[] CompanyIds { get; }

    /// <inheritdoc cref="CompanyIds"/>
    public CompanyTags[] CompanyTagsOf { get; }
    public int[] GroupRoot { get => field ?? throw NotIndexed(); private set; }

    /// <summary>Per chain, per company: whether the company is an anchor of that chain (domain contract, section 2).</summary>
    public bool[][] IsAnchor { get => field ?? throw NotIndexed(); private set; }
    /// <summary>Per company: its sites, in id order.</summary>
    public RowLists<int> CompanySites { get => field ?? throw NotIndexed(); private set; }

    public Site[] Sites { get; }

    /// <summary>Per site: its id (see <see cref="CompanyIds"/>).</summary>
    public string[] SiteIds { get; }

    /// <summary>The number of the company with id <paramref name="id"/>, or -1.</summary>
    public int CompanyNumber(string id) => CompanyIndex.TryGetValue(id, out var c) ? c : -1;

    /// <summary>The number of the site with id <paramref name="id"/> (sites are numbered in id order), or a negative number.</summary>
    public int SiteNumber(string id) => Array.BinarySearch(SiteIds, id, Ids.Comparer);

    public int[] SiteCompany { get => field ?? throw NotIndexed(); private set; }
    public int[] SiteRegion { get => field ?? throw NotIndexed(); private set; }
    /// <summary>Per site: every segment it works in (its own segments and those above them), distinct.</summary>
    public int[][] SiteWorksIn { get => field ?? throw NotIndexed(); private set; }
    public GeoPoint[] SitePoints { get => field ?? throw NotIndexed(); private set; }

    /// <summary>Per segment: the sites that work in it, ordered by company then site.</summary>
    public int[][] SegmentSites { get => field ?? throw NotIndexed(); private set; }

    /// <summary>Per company: distinct direct customers, in id order.</summary>
    public RowLists<int> Customers { get => field ?? throw NotIndexed(); private set; }
    /// <summary>Every supply row, in the order <see cref="GraphData.Supplies"/> lists them (that of the graph image).</summary>
    public Supply[] SupplyRows { get => field ?? throw NotIndexed(); private set; }

    /// <summary>Per company: the numbers in <see cref="SupplyRows"/> of the supply rows it is part of, ascending.</summary>
    public RowLists<int> CompanySupplies { get => field ?? throw NotIndexed(); private set; }
    /// <summary>
    /// Per group root: the distinct group roots that supply it (some company of one SUPPLIES some company of the
    /// other), each with the largest confidence weight of those supply rows.
    /// </summary>
    public RowLists<GroupSupplier> GroupSuppliers { get => field ?? throw NotIndexed(); private set; }

    public Project[] Projects { get; }

    public RegionAggregate[] PerRegion { get => field ?? throw NotIndexed(); private set; }

    /// <summary>
    /// The items in key order. Rows loaded from SQLite or an image arrive in key order already (UTF-8 byte order is code
    /// point order), and after a write the rows it added follow them: the ordered run at the start is kept, the rest
    /// sorted (by an array of their keys) and merged into it, so a write of a few rows into a million does not sort
    /// the million again.
    /// </summary>
    private static T[] Sorted<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var array = items.ToArray();
        var run = 1;
        while (run < array.Length && Ids.Comparer.Compare(key(array[run - 1]), key(array[run])) <= 0)
        {
            run++;
        }
        if (run >= array.Length)
        {
            return array;
        }
        var rest = array[run..];
        var restKeys = Array.ConvertAll(rest, x => key(x));
        Array.Sort(restKeys, rest, Ids.Comparer);
        var merged = new T[array.Length];
        int i = 0, j = 0, k = 0;
        while (i < run && j < rest.Length)
        {
            merged[k++] = Ids.Comparer.Compare(key(array[i]), restKeys[j]) <= 0 ? array[i++] : rest[j++];
        }
        Array.Copy(array, i, merged, k, run - i);
        Array.Copy(rest, j, merged, k + (run - i), rest.Length - j);
        return merged;
    }

    private static Dictionary<string, int> IndexOf<T>(T[] items, Func<T, string> key)
    {
        var index = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            index[key(items[i])] = i;
        }
        return index;
    }

    private static int[][] BuildAncestors<T>(T[] items, Dictionary<string, int> index, Func<T, string?> parent)
    {
        var result = new int[items.Length][];
        var path = new List<int>();
        for (var i = 0; i < items.Length; i++)
        {
            WalkUp(items, index, parent, i, path);
            result[i] = path.ToArray();
        }
        return result;
    }

    /// <summary>Fills <paramref name="path"/> with item <paramref name="i"/>, then each item above it, stopping before a repeat (a cycle).</summary>
    private static void WalkUp<T>(T[] items, Dictionary<string, int> index, Func<T, string?> parent, int i, List<int> path)
    {
        path.Clear();
        for (int? at = i; at is { } a && !path.Contains(a); at = parent(items[a]) is { } p && index.TryGetValue(p, out var pi) ? pi : null)
        {
            path.Add(a);
        }
    }

    private static int[][] BuildChildren<T>(T[] items, Dictionary<string, int> index, Func<T, string?> parent)
    {
        var lists = new List<int>[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            if (parent(items[i]) is { } p && index.TryGetValue(p, out var pi))
            {
                (lists[pi] ??= []).Add(i);
            }
        }
        return lists.Select(l => l?.ToArray() ?? []).ToArray();
    }

    private (int[] Root, bool[][] Anchor) BuildGroups()
    {
        var root = new int[Companies.Length];
        var anchor = new bool[Chains.Length][];
        for (var ch = 0; ch < Chains.Length; ch++)
        {
            anchor[ch] = new bool[Companies.Length];
        }
        // each company's way up its group, in one reused list (an array per company cost a million objects)
        var up = new List<int>();
        for (var i = 0; i < Companies.Length; i++)
        {
            WalkUp(Companies, CompanyIndex, static c => c.ParentId, i, up);
            root[i] = up[^1];
            MarkAnchorChains(i, up, anchor);
        }
        return (root, anchor);
    }

    /// <summary>Sets company <paramref name="i"/>'s anchor chains from the companies on its way up its group (<paramref name="up"/>, itself first).</summary>
    private void MarkAnchorChains(int i, List<int> up, bool[][] anchor)
    {
        foreach (var a in up)
        {
            if ((Companies[a].Tags & CompanyTags.Anchor) != 0)
            {
                for (var ch = 0; ch < Chains.Length; ch++)
                {
                    anchor[ch][i] = true;
                }
                return;
            }
            foreach (var row in AnchorsOfCompany.GetValueOrDefault(Companies[a].Id) ?? [])
            {
                if (ChainIndex.TryGetValue(row.ChainId, out var ch))
                {
                    anchor[ch][i] = true;
                }
            }
        }
    }
}
