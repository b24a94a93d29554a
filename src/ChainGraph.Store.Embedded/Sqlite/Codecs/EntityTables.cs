using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>
/// Every entity of the store, once: reading and writing the tables and the graph image all go through this list, so a
/// new entity is a codec and one line here. Supplies, the biggest table, come apart so that both can be read side by side.
/// </summary>
internal static class EntityTables
{
    /// <summary>Every entity but supplies, in the graph image's order.</summary>
    public static IReadOnlyList<IEntityTable> Main { get; } =
    [
        new EntityTable<ChainCodec, Chain>(s => s.Chains, (_, _) => { }, (d, c) => d.Chains[c.Id] = c, c => c.Chains),
        new EntityTable<RegionCodec, Region>(s => s.Regions, (_, _) => { }, (d, r) => d.Regions[r.Code] = r, c => c.Regions),
        new EntityTable<SegmentCodec, Segment>(s => s.Segments, (_, _) => { }, (d, g) => d.Segments[g.Id] = g, c => c.Segments),
        new EntityTable<SegmentFlowCodec, SegmentFlow>(s => s.FlowList, (_, _) => { }, (d, f) => d.Flows.Add(f), c => c.Flows),
        new EntityTable<CompanyCodec, Company>(s => s.Companies, (d, n) => d.Companies.EnsureCapacity(n), (d, c) => d.Companies.AddDistinct(c), c => c.Companies),
        new EntityTable<SiteCodec, Site>(s => s.Sites, (d, n) => d.Sites.EnsureCapacity(n), (d, t) => d.Sites.AddDistinct(t), c => c.Sites),
        new EntityTable<ProjectCodec, Project>(s => s.Projects, (_, _) => { }, (d, p) => d.Projects[p.Id] = p, c => c.Projects),
        new EntityTable<AnchorCodec, Anchor>(s => s.Data.Anchors.Values, (_, _) => { }, (d, a) => d.Anchors[a.Key] = a, c => c.Anchors),
        new EntityTable<RegionPriorityCodec, RegionPriority>(s => s.Data.RegionPriorities.Values, (_, _) => { }, (d, p) => d.RegionPriorities[p.Key] = p, c => c.RegionPriorities),
    ];

    public static IEntityTable Supplies { get; } =
        new EntityTable<SupplyCodec, Supply>(s => s.Data.Supplies, (d, n) => d.Supplies.EnsureCapacity(n), (d, p) => d.Supplies.AddDistinct(p), c => c.Supplies);

    /// <summary>Every table: the main ones, then supplies.</summary>
    public static IEnumerable<IEntityTable> All => Main.Append(Supplies);
}
