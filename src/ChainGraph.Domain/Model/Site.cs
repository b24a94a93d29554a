namespace ChainGraph.Domain.Model;

/// <summary>
/// A place where a company works, in one or more segments. <see cref="Capacity"/>, <see cref="Since"/> and
/// <see cref="Source"/> describe the plant (contract version 2); no rule reads them.
/// </summary>
public sealed record Site(
    string Id,
    string CompanyId,
    string? NameZh,
    string RegionCode,
    double Lat,
    double Lon,
    SiteKind Kind,
    IReadOnlyList<string> SegmentIds,
    string? Capacity = null,
    DateOnly? Since = null,
    string? Source = null);
