namespace ChainGraph.Server.Mcp.Answers;

/// <summary>A region with its level, the region above it and the regions directly below it.</summary>
public sealed record RegionInfo(string Code, string NameZh, string? NameEn, string Level, Named? Parent, IReadOnlyList<Named> Children);
