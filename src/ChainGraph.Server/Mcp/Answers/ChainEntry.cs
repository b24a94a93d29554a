namespace ChainGraph.Server.Mcp.Answers;

/// <summary>A chain in the chain list: id, names, and how many segments (and leaf segments) its tree has.</summary>
public sealed record ChainEntry(string Id, string? NameZh, string? NameEn, int SegmentCount, int LeafCount);
