using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Analysis;

/// <summary>A segment that is a gap before and after a simulated recruitment, with another kind or status.</summary>
public sealed record GapChange(Segment Segment, GapKind KindBefore, GapKind KindAfter, CoverageStatus StatusBefore, CoverageStatus StatusAfter);
