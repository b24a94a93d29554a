using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Domain.Analysis;

/// <summary>
/// The planner's questions (coverage, gaps, recruitment targets, supply paths, project pipeline),
/// answered over any store's read primitives. Arguments are checked in argument order; the first bad
/// one is reported.
/// </summary>
public sealed class ChainEngine(IGraphReader store)
{
    public const int MaxWeakBelow = 1000;
    public const int MaxTargets = 100;
    public const int MaxHops = 6;

    /// <summary>Statuses that count as the live pipeline (not yet built, not dropped).</summary>
    public static bool IsActive(ProjectStatus status) =>
        status is ProjectStatus.Lead or ProjectStatus.Negotiating or ProjectStatus.Signed or ProjectStatus.Started;

    public async ValueTask<IReadOnlyList<SegmentCoverage>> CoverageAsync(
        string regionCode, string chainId, int weakBelow = 2, CancellationToken cancellationToken = default)
    {
        await RequireRegionAsync(regionCode, "regionCode", cancellationToken).ConfigureAwait(false);
        var segments = await SegmentIndex.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        await RequireChainAsync(chainId, cancellationToken).ConfigureAwait(false);
        RequireWeakBelow(weakBelow);
        return await Coverage.ComputeAsync(store, segments, regionCode, chainId, weakBelow, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<ChainGap>> GapsAsync(
        string regionCode, string chainId, int weakBelow = 2, CancellationToken cancellationToken = default)
    {
        await RequireRegionAsync(regionCode, "regionCode", cancellationToken).ConfigureAwait(false);
        var segments = await SegmentIndex.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        await RequireChainAsync(chainId, cancellationToken).ConfigureAwait(false);
        RequireWeakBelow(weakBelow);
        return await Gaps.ComputeAsync(store, segments, regionCode, chainId, weakBelow, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<RecruitTarget>> TargetsAsync(
        string regionCode, string segmentId, int first = 20, ScoreWeights? weights = null, CancellationToken cancellationToken = default)
    {
        var region = await RequireRegionAsync(regionCode, "regionCode", cancellationToken).ConfigureAwait(false);
        var segments = await SegmentIndex.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        if (!segments.ById.ContainsKey(segmentId))
        {
            throw BadArgumentException.NotFound("segmentId", "segment", segmentId);
        }
        if (first is < 1 or > MaxTargets)
        {
            throw BadArgumentException.OutOfRange("first", $"must be between 1 and {MaxTargets}, not {first}");
        }
        weights ??= ScoreWeights.Default;
        RequireWeight("weights.anchorTies", weights.AnchorTies);
        RequireWeight("weights.credentials", weights.Credentials);
        RequireWeight("weights.proximity", weights.Proximity);
        return await Targets.ComputeAsync(store, region, segmentId, first, weights, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<SupplyPath>> PathsAsync(
        string fromCompanyId, string toCompanyId, int maxHops = 4, CancellationToken cancellationToken = default)
    {
        var found = await store.GetCompaniesAsync([fromCompanyId, toCompanyId], cancellationToken).ConfigureAwait(false);
        if (!found.ContainsKey(fromCompanyId))
        {
            throw BadArgumentException.NotFound("fromCompanyId", "company", fromCompanyId);
        }
        if (!found.ContainsKey(toCompanyId))
        {
            throw BadArgumentException.NotFound("toCompanyId", "company", toCompanyId);
        }
        if (maxHops is < 1 or > MaxHops)
        {
            throw BadArgumentException.OutOfRange("maxHops", $"must be between 1 and {MaxHops}, not {maxHops}");
        }
        return await Paths.FindAsync(store, fromCompanyId, toCompanyId, maxHops, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<ProjectPipeline> PipelineAsync(
        string regionCode, DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default)
    {
        await RequireRegionAsync(regionCode, "regionCode", cancellationToken).ConfigureAwait(false);
        var segments = await SegmentIndex.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        var projects = await store.GetProjectsInRegionAsync(regionCode, cancellationToken).ConfigureAwait(false);
        return Pipeline.Compute(projects, segments, from, to);
    }

    /// <summary>The pipeline with the window given as ISO dates (yyyy-MM-dd); a malformed date is BAD_INPUT.</summary>
    public async ValueTask<ProjectPipeline> PipelineAsync(
        string regionCode, string? from, string? to, CancellationToken cancellationToken = default)
    {
        await RequireRegionAsync(regionCode, "regionCode", cancellationToken).ConfigureAwait(false);
        return await PipelineAsync(regionCode, ParseDate("from", from), ParseDate("to", to), cancellationToken).ConfigureAwait(false);
    }

    private static DateOnly? ParseDate(string argument, string? text) =>
        text is null ? null
        : Text.IsoDate.TryParse(text, out var date) ? date
        : throw BadArgumentException.OutOfRange(argument, $"'{text}' is not a calendar date in yyyy-MM-dd form");

    private async ValueTask<Region> RequireRegionAsync(string code, string argument, CancellationToken cancellationToken)
    {
        var found = await store.GetRegionsAsync([code], cancellationToken).ConfigureAwait(false);
        return found.TryGetValue(code, out var region) ? region : throw BadArgumentException.NotFound(argument, "region", code);
    }

    private async ValueTask RequireChainAsync(string chainId, CancellationToken cancellationToken)
    {
        var chains = await store.GetChainsAsync(cancellationToken).ConfigureAwait(false);
        if (!chains.Any(c => c.Id == chainId))
        {
            throw BadArgumentException.NotFound("chainId", "chain", chainId);
        }
    }

    private static void RequireWeakBelow(int weakBelow)
    {
        if (weakBelow is < 1 or > MaxWeakBelow)
        {
            throw BadArgumentException.OutOfRange("weakBelow", $"must be between 1 and {MaxWeakBelow}, not {weakBelow}");
        }
    }

    private static void RequireWeight(string argument, double weight)
    {
        if (!double.IsFinite(weight) || weight < 0)
        {
            throw BadArgumentException.OutOfRange(argument, $"must be a finite number of 0 or more, not {weight}");
        }
    }
}
