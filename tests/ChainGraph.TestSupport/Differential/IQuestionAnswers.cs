using ChainGraph.Domain.Analysis;

namespace ChainGraph.TestSupport.Differential;

/// <summary>
/// Whatever answers the planner's questions and is compared with the oracle: the engine over a store, or the
/// served API. A bad argument is reported as a <see cref="ChainGraph.Domain.BadArgumentException"/>.
/// </summary>
public interface IQuestionAnswers
{
    Task<IReadOnlyList<SegmentCoverage>> CoverageAsync(DiffQuestion q);

    Task<IReadOnlyList<ChainGap>> GapsAsync(DiffQuestion q);

    Task<IReadOnlyList<RecruitTarget>> TargetsAsync(DiffQuestion q);

    Task<IReadOnlyList<SupplyPath>> PathsAsync(DiffQuestion q);

    Task<ProjectPipeline> PipelineAsync(DiffQuestion q);

    Task<IReadOnlyList<RegionComparisonRow>> CompareAsync(DiffQuestion q);

    Task<RecruitmentSimulation> SimulateAsync(DiffQuestion q);
}
