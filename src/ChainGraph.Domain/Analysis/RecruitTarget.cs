namespace ChainGraph.Domain.Analysis;

/// <summary>A company worth recruiting into a region for a segment, with every component of its score.</summary>
public sealed record RecruitTarget(
    string CompanyId,
    double Score,
    int AnchorTies,
    int Credentials,
    double Proximity,
    double DistanceKm,
    bool InPipeline,
    IReadOnlyList<string> SuppliesAnchorIds,
    string NearestSiteId,
    double TieStrength = 0,
    bool GroupLocal = false);
