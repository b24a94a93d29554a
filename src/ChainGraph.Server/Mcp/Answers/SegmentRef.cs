namespace ChainGraph.Server.Mcp.Answers;

/// <summary>A segment (环节) of a chain: id, names, category and parent segment.</summary>
public sealed record SegmentRef(string Id, string NameZh, string? NameEn, string Category, string? ParentId);
