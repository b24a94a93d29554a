namespace ChainGraph.Domain.Model;

/// <summary>Counts of every entity and relation in a store.</summary>
public sealed record GraphStats(
    int Chains,
    int Regions,
    int Segments,
    int Flows,
    int Companies,
    int Sites,
    int SiteSegments,
    int Supplies,
    int Projects,
    int Anchors = 0,
    int RegionPriorities = 0)
{
    /// <summary>Name and count pairs in a stable order, for printing.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Rows =>
    [
        new("chains", Chains),
        new("regions", Regions),
        new("segments", Segments),
        new("segment_flows", Flows),
        new("companies", Companies),
        new("sites", Sites),
        new("site_segments", SiteSegments),
        new("supplies", Supplies),
        new("projects", Projects),
        new("anchors", Anchors),
        new("region_priorities", RegionPriorities),
    ];
}
