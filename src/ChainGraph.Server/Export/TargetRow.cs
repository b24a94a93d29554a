namespace ChainGraph.Server.Export;

/// <summary>
/// One recruitment target as researchers file it: every score component, the reasons, the nearest site, and the
/// company's scale and the site's capacity (null when not disclosed).
/// </summary>
public sealed record TargetRow(
    int Rank,
    string CompanyId,
    string CompanyNameZh,
    string? CompanyNameEn,
    string Tags,
    double Score,
    int AnchorTies,
    int Credentials,
    double Proximity,
    double DistanceKm,
    bool InPipeline,
    string SuppliesAnchors,
    string NearestSiteId,
    string? NearestSiteName,
    string NearestSiteRegion,
    double NearestSiteLat,
    double NearestSiteLon,
    IReadOnlyList<string> SegmentIds,
    double TieStrength = 0,
    bool GroupLocal = false,
    string? StockCode = null,
    int? Founded = null,
    long? Employees = null,
    decimal? RevenueYuan = null,
    string? Website = null,
    string? NearestSiteCapacity = null,
    DateOnly? NearestSiteSince = null);
