namespace ChainGraph.Domain.Model;

/// <summary>A place where a company works, in a region, in one or more segments.</summary>
public sealed record Site(
    string Id,
    string CompanyId,
    string? NameZh,
    string RegionCode,
    double Lat,
    double Lon,
    SiteKind Kind,
    IReadOnlyList<string> SegmentIds);
