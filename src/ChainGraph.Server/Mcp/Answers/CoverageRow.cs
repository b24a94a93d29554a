namespace ChainGraph.Server.Mcp.Answers;

/// <summary>One segment's coverage in the region (fields as in GraphQL's SegmentCoverage).</summary>
public sealed record CoverageRow(
    SegmentRef Segment,
    string Status,
    int LocalCompanyCount,
    int LocalSiteCount,
    int LocalAnchorCount,
    int PipelineProjectCount,
    decimal PipelineInvestmentYuan,
    bool Declared);
