namespace ChainGraph.Server.Export;

/// <summary>One recruitment target as researchers file it: every score component, the reasons, the nearest site.</summary>
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
    IReadOnlyList<string> SegmentIds);
