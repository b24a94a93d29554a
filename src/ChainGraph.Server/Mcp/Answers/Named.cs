namespace ChainGraph.Server.Mcp.Answers;

/// <summary>A region, chain or company as an answer names it: its id and its Chinese and English names.</summary>
public sealed record Named(string Id, string? NameZh, string? NameEn);
