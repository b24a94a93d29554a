using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Analysis;

/// <summary>Projects of one status: how many, the total of the disclosed amounts, and how many have no amount.</summary>
public sealed record PipelineBucket(ProjectStatus Status, int Count, decimal InvestmentYuan, int UndisclosedCount = 0);
