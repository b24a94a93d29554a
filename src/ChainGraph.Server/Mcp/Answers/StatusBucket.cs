namespace ChainGraph.Server.Mcp.Answers;

/// <summary>Projects of one status: count, total of the disclosed amounts (yuan), and how many have no amount.</summary>
public sealed record StatusBucket(string Status, int Count, decimal InvestmentYuan, int UndisclosedCount);
