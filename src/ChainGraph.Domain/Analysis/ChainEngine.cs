using ChainGraph.Domain.Lookup;
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

    /// <summary>A committed project: SIGNED or STARTED (the link is being filled).</summary>
    public static bool IsCommitted(ProjectStatus status) => status is ProjectStatus.Signed or ProjectStatus.Started;

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
        string regionCode, string segmentId, int first = 20, ScoreWeights? weights = null, RecruitScope scope = RecruitScope.New, CancellationToken cancellationToken = default)
    {
        var region = await RequireRegionAsync(regionCode, "regionCode", cancellationToken).ConfigureAwait(false);
        var segments = await SegmentIndex.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        if (!segments.ById.TryGetValue(segmentId, out var segment))
        {
            throw await NotFoundAsync(LookupKind.Segment, segmentId, "segmentId", cancellationToken).ConfigureAwait(false);
        }
        if (first is < 1 or > MaxTargets)
        {
            throw BadArgumentException.OutOfRange("first", $"must be between 1 and {MaxTargets}, not {first}");
        }
        weights ??= ScoreWeights.Default;
        RequireWeight("weights.anchorTies", weights.AnchorTies);
        RequireWeight("weights.credentials", weights.Credentials);
        RequireWeight("weights.proximity", weights.Proximity);
        return await Targets.ComputeAsync(store, region, segment, first, weights, scope, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<SupplyPath>> PathsAsync(
        string fromCompanyId, string toCompanyId, int maxHops = 4, CancellationToken cancellationToken = default)
    {
        var found = await store.GetCompaniesAsync([fromCompanyId, toCompanyId], cancellationToken).ConfigureAwait(false);
        if (!found.ContainsKey(fromCompanyId))
        {
            throw await NotFoundAsync(LookupKind.Company, fromCompanyId, "fromCompanyId", cancellationToken).ConfigureAwait(false);
        }
        if (!found.ContainsKey(toCompanyId))
        {
            throw await NotFoundAsync(LookupKind.Company, toCompanyId, "toCompanyId", cancellationToken).ConfigureAwait(false);
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

    public const int MaxComparedRegions = 10;
    public const int MaxSimulatedCompanies = 10;

    /// <summary>Regions side by side over a chain's segments, with location quotients (section 9).</summary>
    public async ValueTask<IReadOnlyList<RegionComparisonRow>> CompareRegionsAsync(
        IReadOnlyList<string> regionCodes, string chainId, int weakBelow = 2, CancellationToken cancellationToken = default)
    {
        if (regionCodes.Count is < 2 or > MaxComparedRegions)
        {
            throw BadArgumentException.OutOfRange("regionCodes", $"must name 2 to {MaxComparedRegions} regions, not {regionCodes.Count}");
        }
        RequireDistinct("regionCodes", regionCodes);
        foreach (var code in regionCodes)
        {
            await RequireRegionAsync(code, "regionCodes", cancellationToken).ConfigureAwait(false);
        }
        var segments = await SegmentIndex.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        await RequireChainAsync(chainId, cancellationToken).ConfigureAwait(false);
        RequireWeakBelow(weakBelow);
        return await Comparison.ComputeAsync(store, segments, regionCodes, chainId, weakBelow, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What landing these companies in the region would change (section 10); the store is not changed.</summary>
    public async ValueTask<RecruitmentSimulation> SimulateRecruitmentAsync(
        string regionCode, string chainId, IReadOnlyList<string> companyIds, int weakBelow = 2, CancellationToken cancellationToken = default)
    {
        await RequireRegionAsync(regionCode, "regionCode", cancellationToken).ConfigureAwait(false);
        var segments = await SegmentIndex.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        await RequireChainAsync(chainId, cancellationToken).ConfigureAwait(false);
        if (companyIds.Count is < 1 or > MaxSimulatedCompanies)
        {
            throw BadArgumentException.OutOfRange("companyIds", $"must name 1 to {MaxSimulatedCompanies} companies, not {companyIds.Count}");
        }
        RequireDistinct("companyIds", companyIds);
        var found = await store.GetCompaniesAsync(companyIds, cancellationToken).ConfigureAwait(false);
        foreach (var id in companyIds)
        {
            if (!found.ContainsKey(id))
            {
                throw await NotFoundAsync(LookupKind.Company, id, "companyIds", cancellationToken).ConfigureAwait(false);
            }
        }
        RequireWeakBelow(weakBelow);
        return await Simulation.ComputeAsync(store, segments, regionCode, chainId, companyIds, weakBelow, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The chains a company is an anchor of (section 2), in chain id order: every chain when it or a company above it is tagged ANCHOR.</summary>
    public async ValueTask<IReadOnlyList<Chain>> AnchorOfAsync(string companyId, CancellationToken cancellationToken = default)
    {
        var lineage = await Lineage.LoadAsync(store, companyId, cancellationToken).ConfigureAwait(false);
        var chains = await store.GetChainsAsync(cancellationToken).ConfigureAwait(false);
        return [.. chains.Where(c => lineage.IsAnchorOf(c.Id)).OrderBy(c => c.Id, Ids.Comparer)];
    }

    /// <summary>NOT_FOUND for an unknown id, with the closest ids as suggestions.</summary>
    private ValueTask<BadArgumentException> NotFoundAsync(LookupKind kind, string id, string argument, CancellationToken cancellationToken) =>
        new IdLookup(store).NotFoundAsync(kind, id, argument, cancellationToken);

    private static void RequireDistinct(string argument, IReadOnlyList<string> values)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (!seen.Add(value))
            {
                throw BadArgumentException.OutOfRange(argument, $"names '{value}' twice");
            }
        }
    }

    private static DateOnly? ParseDate(string argument, string? text) =>
        text is null ? null
        : Text.IsoDate.TryParse(text, out var date) ? date
        : throw BadArgumentException.OutOfRange(argument, $"'{text}' is not a calendar date in yyyy-MM-dd form");

    private async ValueTask<Region> RequireRegionAsync(string code, string argument, CancellationToken cancellationToken)
    {
        var found = await store.GetRegionsAsync([code], cancellationToken).ConfigureAwait(false);
        return found.TryGetValue(code, out var region) ? region : throw await NotFoundAsync(LookupKind.Region, code, argument, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask RequireChainAsync(string chainId, CancellationToken cancellationToken)
    {
        var chains = await store.GetChainsAsync(cancellationToken).ConfigureAwait(false);
        if (!chains.Any(c => c.Id == chainId))
        {
            throw await NotFoundAsync(LookupKind.Chain, chainId, "chainId", cancellationToken).ConfigureAwait(false);
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
