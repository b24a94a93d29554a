namespace ChainGraph.Server.Mcp.Answers;

/// <summary>
/// A region at a glance: where it sits, how many companies have a site in it, the segments it declared priorities,
/// its standing in every chain, and its project pipeline by status.
/// </summary>
public sealed record RegionSummary(
    RegionInfo Region,
    int LocalCompanyCount,
    IReadOnlyList<SegmentRef> Priorities,
    IReadOnlyList<ChainStanding> Chains,
    IReadOnlyList<StatusBucket> Pipeline);
