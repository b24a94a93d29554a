using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Analysis;

public sealed record ChainGap(Segment Segment, GapKind Kind, CoverageStatus Status, IReadOnlyList<GapReason> Reasons)
{
    /// <summary>Distinct anchor companies named in the reasons.</summary>
    public int AnchorCount => Reasons.Where(r => r.AnchorId is not null).Select(r => r.AnchorId).Distinct(StringComparer.Ordinal).Count();
}
