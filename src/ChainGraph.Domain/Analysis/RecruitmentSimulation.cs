namespace ChainGraph.Domain.Analysis;

/// <summary>What landing some companies in a region would change in its gaps and coverage (domain contract, section 10).</summary>
public sealed record RecruitmentSimulation(
    int GapsBefore,
    int GapsAfter,
    IReadOnlyList<ChainGap> ClosedGaps,
    IReadOnlyList<ChainGap> NewGaps,
    IReadOnlyList<GapChange> ChangedGaps,
    IReadOnlyList<CoverageChange> CoverageChanges);
