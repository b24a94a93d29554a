namespace ChainGraph.Domain.Analysis;

/// <summary>
/// What a warm-up asks about: an anchor company's region and the regions above it (most local first, so ties to
/// local anchors are scored), that anchor's chain, and the chain's segment with the most companies.
/// </summary>
public sealed record WarmUpQuestions(IReadOnlyList<string> Regions, string Chain, string Segment);
