namespace ChainGraph.Domain.Model;

/// <summary>
/// A validated batch of writes: rows to upsert by key, supplies to delete, and whether the store is
/// emptied first. A store applies a change set all-or-nothing.
/// </summary>
public sealed record ChangeSet
{
    public static ChangeSet Empty { get; } = new();

    public bool ReplaceAll { get; init; }

    /// <summary>
    /// Whether each table's rows have distinct keys, as a validated data set's have (the importer commits only a data set
    /// whose duplicate-key rule holds): a store may then put them into an empty table without looking each key up. A
    /// change set that says so and holds the same key twice is a bug of its maker.
    /// </summary>
    public bool KeysAreDistinct { get; init; }
    public IReadOnlyList<Chain> Chains { get; init; } = [];
    public IReadOnlyList<Region> Regions { get; init; } = [];
    public IReadOnlyList<Segment> Segments { get; init; } = [];
    public IReadOnlyList<SegmentFlow> Flows { get; init; } = [];
    public IReadOnlyList<Company> Companies { get; init; } = [];
    public IReadOnlyList<Site> Sites { get; init; } = [];
    public IReadOnlyList<Supply> Supplies { get; init; } = [];
    public IReadOnlyList<Project> Projects { get; init; } = [];
    public IReadOnlyList<Anchor> Anchors { get; init; } = [];

    public IReadOnlyList<RegionPriority> RegionPriorities { get; init; } = [];

    public IReadOnlyList<SupplyKey> DeletedSupplies { get; init; } = [];

    public IReadOnlyList<AnchorKey> DeletedAnchors { get; init; } = [];

    public IReadOnlyList<RegionPriorityKey> DeletedRegionPriorities { get; init; } = [];

    /// <summary>Number of rows written or deleted.</summary>
    public int RowCount =>
        Chains.Count + Regions.Count + Segments.Count + Flows.Count + Companies.Count
        + Sites.Count + Supplies.Count + Projects.Count + Anchors.Count + RegionPriorities.Count
        + DeletedSupplies.Count + DeletedAnchors.Count + DeletedRegionPriorities.Count;
}
