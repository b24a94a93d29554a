namespace ChainGraph.Server.Mcp.Answers;

/// <summary>A segment with one cell per compared region, in the order the regions were asked.</summary>
public sealed record ComparisonRow(SegmentRef Segment, IReadOnlyList<ComparisonCell> Cells);
