namespace ChainGraph.Server.Mcp.Answers;

/// <summary>A segment in its chain's tree: names, category, the segments it FEEDS (its output is their input), and its children.</summary>
public sealed record SegmentNode(string Id, string NameZh, string? NameEn, string Category, IReadOnlyList<string> Feeds, IReadOnlyList<SegmentNode> Children);
