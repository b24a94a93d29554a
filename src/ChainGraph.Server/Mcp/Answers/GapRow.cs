namespace ChainGraph.Server.Mcp.Answers;

/// <summary>One gap (fields as in GraphQL's ChainGap).</summary>
public sealed record GapRow(
    SegmentRef Segment,
    string Kind,
    string Status,
    int AnchorCount,
    int LinkedLocalCompanies,
    bool Declared,
    bool Committed,
    IReadOnlyList<ProjectRef> PipelineProjects,
    IReadOnlyList<GapReasonRow> Reasons);
