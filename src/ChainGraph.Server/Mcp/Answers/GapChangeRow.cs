namespace ChainGraph.Server.Mcp.Answers;

/// <summary>A segment that is a gap before and after a simulated recruitment, with another kind or status.</summary>
public sealed record GapChangeRow(SegmentRef Segment, string KindBefore, string KindAfter, string StatusBefore, string StatusAfter);
