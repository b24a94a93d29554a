namespace ChainGraph.Server.Mcp.Answers;

/// <summary>A segment whose local company count a simulated recruitment changes.</summary>
public sealed record CoverageChangeRow(SegmentRef Segment, int CountBefore, int CountAfter, string StatusBefore, string StatusAfter);
