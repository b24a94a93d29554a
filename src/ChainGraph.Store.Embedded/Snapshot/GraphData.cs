using System.Runtime.CompilerServices;
using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// Every row of the graph, by key. Never changed once built: applying a change set makes a new one, which shares the
/// tables the change set does not write.
/// </summary>
internal sealed class GraphData
{
    public GraphData()
    {
        Chains = new(StringComparer.Ordinal);
        Regions = new(StringComparer.Ordinal);
        Segments = new(StringComparer.Ordinal);
        Flows = [];
        Companies = new(c => c.Id);
        Sites = new(s => s.Id);
        Supplies = new();
        Projects = new(StringComparer.Ordinal);
        Anchors = [];
        RegionPriorities = [];
    }

    /// <summary>
    /// A copy of <paramref name="from"/>: new collections holding the same (immutable) rows; with <paramref name="only"/>,
    /// new collections only for the tables that change set writes to, the others shared with <paramref name="from"/>
    /// (neither graph changes once built, so they can be: a write of one company into a million copies no site and no
    /// supply).
    /// </summary>
    private GraphData(GraphData from, ChangeSet? only = null)
    {
        Chains = only is null || only.Chains.Count > 0 ? new(from.Chains, StringComparer.Ordinal) : from.Chains;
        Regions = only is null || only.Regions.Count > 0 ? new(from.Regions, StringComparer.Ordinal) : from.Regions;
        Segments = only is null || only.Segments.Count > 0 ? new(from.Segments, StringComparer.Ordinal) : from.Segments;
        Flows = only is null || only.Flows.Count > 0 ? [.. from.Flows] : from.Flows;
        Companies = only is null || only.Companies.Count > 0 ? new(from.Companies) : from.Companies;
        Sites = only is null || only.Sites.Count > 0 ? new(from.Sites) : from.Sites;
        Supplies = only is null || only.Supplies.Count > 0 || only.DeletedSupplies.Count > 0 ? new(from.Supplies) : from.Supplies;
        Projects = only is null || only.Projects.Count > 0 ? new(from.Projects, StringComparer.Ordinal) : from.Projects;
        Anchors = only is null || only.Anchors.Count > 0 || only.DeletedAnchors.Count > 0 ? new(from.Anchors) : from.Anchors;
        RegionPriorities = only is null || only.RegionPriorities.Count > 0 || only.DeletedRegionPriorities.Count > 0 ? new(from.RegionPriorities) : from.RegionPriorities;
    }

    /// <summary>A copy holding the same rows, which this one may then grow beyond.</summary>
    public GraphData Copy() => new(this);

    public Dictionary<string, Chain> Chains { get; }
    public Dictionary<string, Region> Regions { get; }
    public Dictionary<string, Segment> Segments { get; }
    public HashSet<SegmentFlow> Flows { get; }
    public KeyedRows<Company> Companies { get; }
    public KeyedRows<Site> Sites { get; }
    public SupplySet Supplies { get; }
    public Dictionary<string, Project> Projects { get; }

    public Dictionary<AnchorKey, Anchor> Anchors { get; }

    public Dictionary<RegionPriorityKey, RegionPriority> RegionPriorities { get; }

    /// <summary>
    /// When the rows were read from a graph image: for the supply enumerated <c>i</c>-th, its supplier's number in id
    /// order at <c>2i</c> and its customer's at <c>2i + 1</c>, as the image listed them (a snapshot checks each against its
    /// own numbering before using it); null otherwise. The first snapshot built from these rows uses and drops it; it is not
    /// carried over by <see cref="Copy"/> or <see cref="With"/>.
    /// </summary>
    public int[]? SupplyEnds { get; set; }

    /// <summary>
    /// When the rows were read from a graph image that has an index image beside it (verified against that image): the
    /// index image, which the first snapshot built from these rows reads instead of building those indexes, and drops;
    /// null otherwise, and not carried over by <see cref="Copy"/> or <see cref="With"/>.
    /// </summary>
    public byte[]? IndexImage { get; set; }

    /// <summary>A new graph: this one (or nothing, when replacing) with the change set applied.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public GraphData With(ChangeSet changes)
    {
        var next = changes.ReplaceAll ? new GraphData() : new GraphData(this, changes);
        foreach (var c in changes.Chains) next.Chains[c.Id] = c;
        foreach (var r in changes.Regions) next.Regions[r.Code] = r;
        foreach (var s in changes.Segments) next.Segments[s.Id] = s;
        next.Flows.UnionWith(changes.Flows);
        // rows of distinct keys into an empty table (an import into a new store, or one replacing it) are listed, not
        // looked up one by one
        next.Companies.SetAll(changes.Companies, changes.KeysAreDistinct);
        next.Sites.SetAll(changes.Sites, changes.KeysAreDistinct);
        next.Supplies.SetAll(changes.Supplies, changes.KeysAreDistinct);
        foreach (var p in changes.Projects) next.Projects[p.Id] = p;
        foreach (var a in changes.Anchors) next.Anchors[a.Key] = a;
        foreach (var p in changes.RegionPriorities) next.RegionPriorities[p.Key] = p;
        foreach (var key in changes.DeletedSupplies) next.Supplies.Remove(key);
        foreach (var key in changes.DeletedAnchors) next.Anchors.Remove(key);
        foreach (var key in changes.DeletedRegionPriorities) next.RegionPriorities.Remove(key);
        return next;
    }
}
