using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Analysis;

/// <summary>A segment whose local company count a simulated recruitment changes.</summary>
public sealed record CoverageChange(Segment Segment, int CountBefore, int CountAfter, CoverageStatus StatusBefore, CoverageStatus StatusAfter);
