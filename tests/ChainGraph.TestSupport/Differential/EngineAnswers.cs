using ChainGraph.Domain.Analysis;

namespace ChainGraph.TestSupport.Differential;

/// <summary>The questions asked of <see cref="ChainEngine"/> over a store, in process.</summary>
public sealed class EngineAnswers(ChainEngine engine) : IQuestionAnswers
{
    public async Task<IReadOnlyList<SegmentCoverage>> CoverageAsync(DiffQuestion q) =>
        await engine.CoverageAsync(q.RegionCode!, q.ChainId!, q.WeakBelow ?? 2);

    public async Task<IReadOnlyList<ChainGap>> GapsAsync(DiffQuestion q) =>
        await engine.GapsAsync(q.RegionCode!, q.ChainId!, q.WeakBelow ?? 2);

    public async Task<IReadOnlyList<RecruitTarget>> TargetsAsync(DiffQuestion q) =>
        q.Scope is { } scope
            ? await engine.TargetsAsync(q.RegionCode!, q.SegmentId!, q.First ?? 20, q.HasWeights ? q.Weights : null, scope)
            : await engine.TargetsAsync(q.RegionCode!, q.SegmentId!, q.First ?? 20, q.HasWeights ? q.Weights : null);

    public async Task<IReadOnlyList<SupplyPath>> PathsAsync(DiffQuestion q) =>
        await engine.PathsAsync(q.FromCompanyId!, q.ToCompanyId!, q.MaxHops ?? 4);

    public async Task<ProjectPipeline> PipelineAsync(DiffQuestion q) =>
        q.FromText is null && q.ToText is null
            ? await engine.PipelineAsync(q.RegionCode!, q.FromDate, q.ToDate)
            : await engine.PipelineAsync(q.RegionCode!, q.From, q.To);

    public async Task<IReadOnlyList<RegionComparisonRow>> CompareAsync(DiffQuestion q) =>
        await engine.CompareRegionsAsync(q.RegionCodes!, q.ChainId!, q.WeakBelow ?? 2);

    public async Task<RecruitmentSimulation> SimulateAsync(DiffQuestion q) =>
        await engine.SimulateRecruitmentAsync(q.RegionCode!, q.ChainId!, q.CompanyIds!, q.WeakBelow ?? 2);
}
