using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Analysis;

/// <summary>
/// A missing or weak leaf segment worth acting on, with its reasons and what a planner weighs it by: anchors
/// behind it, local firms that would trade with it, whether the region declared it, and its live pipeline.
/// </summary>
public sealed record ChainGap(
    Segment Segment,
    GapKind Kind,
    CoverageStatus Status,
    IReadOnlyList<GapReason> Reasons,
    int LinkedLocalCompanies = 0,
    bool Declared = false,
    IReadOnlyList<Project>? PipelineProjects = null)
{
    /// <summary>Distinct anchor companies named in the reasons.</summary>
    public int AnchorCount => Reasons.Where(r => r.AnchorId is not null).Select(r => r.AnchorId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Live-pipeline projects in the region whose segment is this one, ordered by id.</summary>
    public IReadOnlyList<Project> Pipeline => PipelineProjects ?? [];

    /// <summary>One of the pipeline projects is SIGNED or STARTED: the link is being filled.</summary>
    public bool Committed => Pipeline.Any(p => ChainEngine.IsCommitted(p.Status));
}
