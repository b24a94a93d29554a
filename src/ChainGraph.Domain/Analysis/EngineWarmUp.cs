using System.Diagnostics;
using System.Runtime;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Domain.Analysis;

/// <summary>
/// Asks the engine its three main questions (coverage, gaps, recruitment targets) on an opened store until the
/// runtime has replaced the first, quickly compiled code of their hot paths with optimised code, so the first
/// questions users ask after a start are answered at steady-state speed. The runtime promotes a method after
/// about 30 calls counted after a short quiet period; the warm-up asks in batches of rounds with pauses between them
/// and stops once a batch compiles next to nothing new, or when its time is up. It reads only; an empty store has
/// nothing to warm. A host may ask more in each round (the service runs the same questions through its GraphQL
/// executer).
/// </summary>
public static class EngineWarmUp
{
    /// <summary>
    /// Rounds asked between two pauses: the runtime counts a method's calls only once a quiet period has passed
    /// since it last compiled something, and promotes it after about 30 counted calls.
    /// </summary>
    private const int RoundsPerBatch = 30;
    /// <summary>Long enough for the runtime's call-counting delay (100 ms) and its background compilation.</summary>
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);
    /// <summary>
    /// A batch that compiled fewer methods than this share (in percent) of all the warm-up compiled has settled: what
    /// still trickles in then is rarely called code, not the questions' hot paths.
    /// </summary>
    private const int SettledPercent = 5;

    public static async Task<EngineWarmUpReport> RunAsync(
        IGraphReader store,
        TimeSpan budget,
        Func<WarmUpQuestions, CancellationToken, Task>? alsoAsk = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var questions = await PickAsync(store, cancellationToken).ConfigureAwait(false);
        if (questions is null)
        {
            return new EngineWarmUpReport(0, clock.Elapsed, Settled: true, Questions: null);
        }
        var engine = new ChainEngine(store);
        var rounds = 0;
        var start = JitInfo.GetCompiledMethodCount();
        var compiled = start;
        // the first round is asked even when picking the questions used up the budget
        while (rounds == 0 || clock.Elapsed < budget)
        {
            for (var i = 0; i < RoundsPerBatch; i++, rounds++)
            {
                if (rounds > 0 && clock.Elapsed >= budget)
                {
                    // a batch cut short by the budget says nothing about settling: only whole batches are judged
                    return new EngineWarmUpReport(rounds, clock.Elapsed, Settled: false, questions);
                }
                await AskAsync(engine, questions, cancellationToken).ConfigureAwait(false);
                if (alsoAsk is not null)
                {
                    await alsoAsk(questions, cancellationToken).ConfigureAwait(false);
                }
            }
            await Task.Delay(Pause, cancellationToken).ConfigureAwait(false);
            var now = JitInfo.GetCompiledMethodCount();
            if ((now - compiled) * 100 < (now - start) * SettledPercent)
            {
                return new EngineWarmUpReport(rounds, clock.Elapsed, Settled: true, questions);
            }
            compiled = now;
        }
        return new EngineWarmUpReport(rounds, clock.Elapsed, Settled: false, questions);
    }

    private static async Task AskAsync(ChainEngine engine, WarmUpQuestions questions, CancellationToken cancellationToken)
    {
        foreach (var region in questions.Regions)
        {
            await engine.CoverageAsync(region, questions.Chain, 2, cancellationToken).ConfigureAwait(false);
            await engine.GapsAsync(region, questions.Chain, 2, cancellationToken).ConfigureAwait(false);
        }
        // targets where planners ask them (the most local level), for new companies and for expansions
        await engine.TargetsAsync(questions.Regions[0], questions.Segment, 20, null, RecruitScope.New, cancellationToken).ConfigureAwait(false);
        await engine.TargetsAsync(questions.Regions[0], questions.Segment, 20, null, RecruitScope.All, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first anchor company (else the first company) and what follows from it; null on an empty store.</summary>
    private static async Task<WarmUpQuestions?> PickAsync(IGraphReader store, CancellationToken cancellationToken)
    {
        var page = await store.FindCompaniesAsync(new CompanyQuery(Tags: CompanyTags.Anchor), 1, null, cancellationToken).ConfigureAwait(false);
        if (page.Items.Count == 0)
        {
            page = await store.FindCompaniesAsync(new CompanyQuery(), 1, null, cancellationToken).ConfigureAwait(false);
        }
        var segments = await store.GetSegmentsAsync(cancellationToken).ConfigureAwait(false);
        if (page.Items.Count == 0 || segments.Count == 0)
        {
            return null;
        }
        var company = page.Items[0].Id;
        var sites = await store.GetSitesOfCompaniesAsync([company], cancellationToken).ConfigureAwait(false);
        if (!sites.TryGetValue(company, out var own) || own.Count == 0)
        {
            return null;
        }
        var regions = new List<string>();
        for (string? code = own[0].RegionCode; code is not null && regions.Count < 8;)
        {
            regions.Add(code);
            var found = await store.GetRegionsAsync([code], cancellationToken).ConfigureAwait(false);
            code = found.TryGetValue(code, out var region) ? region.ParentCode : null;
        }
        var anchors = await store.GetAnchorsOfCompaniesAsync([company], cancellationToken).ConfigureAwait(false);
        var chain = anchors.TryGetValue(company, out var rows) && rows.Count > 0
            ? rows[0].ChainId
            : segments.GroupBy(s => s.ChainId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var counts = await store.GetChainCompanyCountsAsync(chain, cancellationToken).ConfigureAwait(false);
        var segment = segments.Where(s => s.ChainId == chain)
            .OrderByDescending(s => counts.BySegment.GetValueOrDefault(s.Id))
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .First().Id;
        return new WarmUpQuestions(regions, chain, segment);
    }
}
