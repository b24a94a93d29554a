using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Analysis;

/// <summary>A segment of the chain with one cell per compared region, in the order the regions were asked.</summary>
public sealed record RegionComparisonRow(Segment Segment, IReadOnlyList<RegionComparisonCell> Cells);
