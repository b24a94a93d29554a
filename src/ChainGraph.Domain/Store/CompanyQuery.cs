namespace ChainGraph.Domain.Store;

/// <summary>
/// Filters for listing companies; all given filters must hold. Region and segment include their
/// sub-regions and sub-segments; tags must all be present.
/// </summary>
public sealed record CompanyQuery(
    string? NameContains = null,
    string? RegionCode = null,
    string? SegmentId = null,
    Model.CompanyTags Tags = Model.CompanyTags.None);
