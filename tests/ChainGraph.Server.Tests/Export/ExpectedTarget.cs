namespace ChainGraph.Server.Tests.Export;

/// <summary>One recruitment target as the GraphQL API answers it: what an exported row must repeat.</summary>
internal sealed record ExpectedTarget(
    string CompanyId,
    string CompanyNameZh,
    double Score,
    int AnchorTies,
    int Credentials,
    double Proximity,
    double DistanceKm,
    bool InPipeline,
    string SuppliesAnchors,
    string NearestSiteId,
    double Lat,
    double Lon,
    double TieStrength,
    bool GroupLocal,
    string? StockCode,
    int? Founded,
    long? Employees,
    double? RevenueYuan,
    string? Website,
    string? Capacity,
    string? Since);
