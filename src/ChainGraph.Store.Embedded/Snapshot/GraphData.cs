using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// Every row of the graph, by key. Never changed once built: applying a change set makes a new one.
/// </summary>
internal sealed class GraphData
{
    public GraphData()
    {
    }

    /// <summary>A copy of <paramref name="from"/>: new collections holding the same (immutable) rows.</summary>
    private GraphData(GraphData from)
    {
        Chains = new(from.Chains, StringComparer.Ordinal);
        Regions = new(from.Regions, StringComparer.Ordinal);
        Segments = new(from.Segments, StringComparer.Ordinal);
        Flows = [.. from.Flows];
        Companies = new(from.Companies);
        Sites = new(from.Sites);
        Supplies = new(from.Supplies);
        Projects = new(from.Projects, StringComparer.Ordinal);
        Anchors = new(from.Anchors);
        RegionPriorities = new(from.RegionPriorities);
    }

    /// <summary>A copy holding the same rows, which this one may then grow beyond.</summary>
    public GraphData Copy() => new(this);

    public Dictionary<string, Chain> Chains { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Region> Regions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Segment> Segments { get; } = new(StringComparer.Ordinal);
    public HashSet<SegmentFlow> Flows { get; } = [];
    public KeyedRows<Company> Companies { get; } = new(c => c.Id);
    public KeyedRows<Site> Sites { get; } = new(s => s.Id);
    public SupplySet Supplies { get; } = new();
    public Dictionary<string, Project> Projects { get; } = new(StringComparer.Ordinal);

    public Dictionary<AnchorKey, Anchor> Anchors { get; } = [];

    public Dictionary<RegionPriorityKey, RegionPriority> RegionPriorities { get; } = [];

    /// <summary>
    /// When the rows were read from a graph image: for the supply enumerated <c>i</c>-th, its supplier's number in id
    /// order at <c>2i</c> and its customer's at <c>2i + 1</c>, as the image listed them (a snapshot checks each against its
    /// own numbering before using it); null otherwise. The first snapshot built from these rows uses and drops it; it is not
    /// carried over by <see cref="Copy"/> or <see cref="With"/>.
    /// </summary>
    public int[]? SupplyEnds { get; set; }

    /// <summary>A new graph: this one (or nothing, when replacing) with the change set applied.</summary>
    public GraphData With(ChangeSet changes)
    {
        var next = changes.ReplaceAll ? new GraphData() : new GraphData(this);
        foreach (var c in changes.Chains) next.Chains[c.Id] = c;
        foreach (var r in changes.Regions) next.Regions[r.Code] = r;
        foreach (var s in changes.Segments) next.Segments[s.Id] = s;
        next.Flows.UnionWith(changes.Flows);
        foreach (var c in changes.Companies) next.Companies[c.Id] = c;
        foreach (var s in changes.Sites) next.Sites[s.Id] = s;
        foreach (var s in changes.Supplies) next.Supplies.Set(s);
        foreach (var p in changes.Projects) next.Projects[p.Id] = p;
        foreach (var a in changes.Anchors) next.Anchors[a.Key] = a;
        foreach (var p in changes.RegionPriorities) next.RegionPriorities[p.Key] = p;
        foreach (var key in changes.DeletedSupplies) next.Supplies.Remove(key);
        foreach (var key in changes.DeletedAnchors) next.Anchors.Remove(key);
        foreach (var key in changes.DeletedRegionPriorities) next.RegionPriorities.Remove(key);
        return next;
    }
}
