namespace ChainGraph.Server.Mcp.Answers;

/// <summary>Projects of one segment category (UNCLASSIFIED: no segment): count, disclosed total, undisclosed count.</summary>
public sealed record CategoryBucket(string Category, int Count, decimal InvestmentYuan, int UndisclosedCount);
