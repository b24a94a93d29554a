namespace ChainGraph.Domain.Analysis;

/// <summary>Projects of one segment category (or UNCLASSIFIED, for projects without a segment).</summary>
public sealed record PipelineCategoryBucket(string Category, int Count, decimal InvestmentYuan, int UndisclosedCount = 0);
