using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Analysis;

public sealed record PipelineBucket(ProjectStatus Status, int Count, decimal InvestmentYuan);
