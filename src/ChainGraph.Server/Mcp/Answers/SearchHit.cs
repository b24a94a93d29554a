namespace ChainGraph.Server.Mcp.Answers;

/// <summary>One thing found by name or id: REGION, CHAIN, SEGMENT or COMPANY; detail is a region's level, a segment's chain and category, or a company's stock code.</summary>
public sealed record SearchHit(string Kind, string Id, string? NameZh, string? NameEn, string? Detail);
