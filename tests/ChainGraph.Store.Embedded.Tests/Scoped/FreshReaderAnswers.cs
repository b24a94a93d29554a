using ChainGraph.Domain.Analysis;
using ChainGraph.Store.Embedded.Scoped;
using ChainGraph.TestSupport.Differential;

namespace ChainGraph.Store.Embedded.Tests.Scoped;

/// <summary>Each question asked of a scoped reader opened for it alone; counts the readers that had to open the whole store.</summary>
internal sealed class FreshReaderAnswers(string path) : IQuestionAnswers
{
    private int _openedWhole;

    public int OpenedWhole => _openedWhole;

    public Task<IReadOnlyList<SegmentCoverage>> CoverageAsync(DiffQuestion q) => Ask(a => a.CoverageAsync(q));

    public Task<IReadOnlyList<ChainGap>> GapsAsync(DiffQuestion q) => Ask(a => a.GapsAsync(q));

    public Task<IReadOnlyList<RecruitTarget>> TargetsAsync(DiffQuestion q) => Ask(a => a.TargetsAsync(q));

    public Task<IReadOnlyList<SupplyPath>> PathsAsync(DiffQuestion q) => Ask(a => a.PathsAsync(q));

    public Task<ProjectPipeline> PipelineAsync(DiffQuestion q) => Ask(a => a.PipelineAsync(q));

    public Task<IReadOnlyList<RegionComparisonRow>> CompareAsync(DiffQuestion q) => Ask(a => a.CompareAsync(q));

    public Task<RecruitmentSimulation> SimulateAsync(DiffQuestion q) => Ask(a => a.SimulateAsync(q));

    private async Task<T> Ask<T>(Func<EngineAnswers, Task<T>> question)
    {
        using var reader = ScopedGraphStore.TryOpen(path, out var whyNot) ?? throw new InvalidOperationException(whyNot);
        try
        {
            return await question(new EngineAnswers(new ChainEngine(reader)));
        }
        finally
        {
            if (reader.OpenedWhole)
            {
                Interlocked.Increment(ref _openedWhole);
            }
        }
    }
}
