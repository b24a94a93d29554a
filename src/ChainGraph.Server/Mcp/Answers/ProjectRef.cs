namespace ChainGraph.Server.Mcp.Answers;

/// <summary>An investment project: status, status date (yyyy-MM-dd), amount in yuan (null: not disclosed) and company.</summary>
public sealed record ProjectRef(string Id, string NameZh, string Status, string StatusDate, decimal? InvestmentYuan, string? CompanyId);
