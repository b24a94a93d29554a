namespace ChainGraph.Server.Mcp.Answers;

/// <summary>The answer of <c>simulateRecruitment</c>: what was asked (ids resolved) and what would change.</summary>
public sealed record SimulationAnswer(
    Named Region,
    Named Chain,
    IReadOnlyList<Named> Companies,
    int WeakBelow,
    int GapsBefore,
    int GapsAfter,
    IReadOnlyList<GapRow> ClosedGaps,
    IReadOnlyList<GapRow> NewGaps,
    IReadOnlyList<GapChangeRow> ChangedGaps,
    IReadOnlyList<CoverageChangeRow> CoverageChanges);
