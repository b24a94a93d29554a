namespace ChainGraph.Server.Mcp.Answers;

/// <summary>A gap in a summary: its segment, kind and status (chainGaps has the rest).</summary>
public sealed record GapBrief(string SegmentId, string NameZh, string Kind, string Status);
