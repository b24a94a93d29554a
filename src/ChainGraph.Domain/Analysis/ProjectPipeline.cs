namespace ChainGraph.Domain.Analysis;

public sealed record ProjectPipeline(IReadOnlyList<PipelineBucket> ByStatus, IReadOnlyList<PipelineCategoryBucket> ByCategory);
