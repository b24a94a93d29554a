namespace ChainGraph.Server.Mcp.Answers;

/// <summary>The answer of <c>projectPipeline</c>: the region (id resolved), the window, and the buckets.</summary>
public sealed record PipelineAnswer(Named Region, string? From, string? To, IReadOnlyList<StatusBucket> ByStatus, IReadOnlyList<CategoryBucket> ByCategory);
