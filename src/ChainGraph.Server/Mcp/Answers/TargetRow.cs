namespace ChainGraph.Server.Mcp.Answers;

/// <summary>One recruitment target, best first (fields as in GraphQL's RecruitTarget, plus its rank).</summary>
public sealed record TargetRow(
    int Rank,
    Named Company,
    double Score,
    int AnchorTies,
    double TieStrength,
    int Credentials,
    double Proximity,
    double DistanceKm,
    bool InPipeline,
    bool GroupLocal,
    IReadOnlyList<Named> SuppliesAnchors,
    SiteRef NearestSite);
