using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Lookup;
using ChainGraph.Server.Mcp.Answers;
using ModelContextProtocol.Server;

namespace ChainGraph.Server.Mcp;

/// <summary>A chain in a region: coverage, gaps, regions side by side, and what a recruitment would change.</summary>
[McpServerToolType]
public sealed class ChainTools
{
    [McpServerTool(Name = "chainCoverage", Title = "Chain coverage of a region (产业链覆盖)", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "How well a region covers every segment (环节) of an industrial chain. One row per segment (parents and leaves), " +
        "ordered by segment id: localCompanyCount (companies with a site in the region working in the segment), localSiteCount, " +
        "localAnchorCount (of those, anchors 链主 of the chain), pipelineProjectCount and pipelineInvestmentYuan (live projects: " +
        "LEAD, NEGOTIATING, SIGNED, STARTED), declared (the region named the segment a priority), and status: MISSING (no local company), " +
        "WEAK (fewer than weakBelow) or STRONG. Use chainGaps for what to act on.")]
    public static async Task<CoverageAnswer> ChainCoverage(
        McpGraph graph,
        [Description(ArgumentText.RegionCode)] string regionCode,
        [Description(ArgumentText.ChainId)] string chainId,
        [Description(ArgumentText.WeakBelow), Range(1, ChainEngine.MaxWeakBelow)] int weakBelow = 2,
        CancellationToken cancellationToken = default)
    {
        var region = await graph.IdAsync(LookupKind.Region, regionCode, "regionCode", cancellationToken);
        var chain = await graph.IdAsync(LookupKind.Chain, chainId, "chainId", cancellationToken);
        var rows = await graph.Engine.CoverageAsync(region, chain, weakBelow, cancellationToken);
        return new CoverageAnswer(await RegionAsync(graph, region, cancellationToken), await ChainAsync(graph, chain, cancellationToken), weakBelow,
            [.. rows.Select(AnswerShapes.Coverage)]);
    }

    [McpServerTool(Name = "chainGaps", Title = "Chain gaps of a region (补链 强链 延链)", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "The gaps of an industrial chain in a region: MISSING or WEAK leaf segments that a local anchor (链主) or a strong local segment " +
        "trades with. kind FILL (补链: missing, a local anchor needs its output), STRENGTHEN (强链: weak), EXTEND (延链: missing, local output " +
        "goes into it). Each gap has its reasons (anchor, via segment, UPSTREAM/DOWNSTREAM), anchorCount, linkedLocalCompanies, declared " +
        "(a priority the region named), pipelineProjects and committed (a SIGNED or STARTED project already fills it). Ordered by what a " +
        "planner weighs: kind, uncommitted first, declared first, more anchors, more linked companies. Follow up with recruitTargets " +
        "for a gap's segment id.")]
    public static async Task<GapsAnswer> ChainGaps(
        McpGraph graph,
        [Description(ArgumentText.RegionCode)] string regionCode,
        [Description(ArgumentText.ChainId)] string chainId,
        [Description(ArgumentText.WeakBelow), Range(1, ChainEngine.MaxWeakBelow)] int weakBelow = 2,
        CancellationToken cancellationToken = default)
    {
        var region = await graph.IdAsync(LookupKind.Region, regionCode, "regionCode", cancellationToken);
        var chain = await graph.IdAsync(LookupKind.Chain, chainId, "chainId", cancellationToken);
        var gaps = await graph.Engine.GapsAsync(region, chain, weakBelow, cancellationToken);
        var shapes = await AnswerShapes.LoadAsync(graph, AnswerShapes.AnchorsOf(gaps), cancellationToken);
        return new GapsAnswer(await RegionAsync(graph, region, cancellationToken), await ChainAsync(graph, chain, cancellationToken), weakBelow,
            [.. gaps.Select(shapes.Gap)]);
    }

    [McpServerTool(Name = "compareRegions", Title = "Compare regions over a chain (区域对比)", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "2 to 10 regions side by side over every segment of a chain, ordered by segment id, one cell per region in the order given: " +
        "localCompanyCount, status (STRONG/WEAK/MISSING as in chainCoverage) and locationQuotient (区位熵: above 1 the region is more " +
        "specialised in the segment than the whole data set; null when undefined). Use it to benchmark a city against its neighbours.")]
    public static async Task<ComparisonAnswer> CompareRegions(
        McpGraph graph,
        [Description("2 to 10 distinct region codes (or names naming one region each), e.g. [\"441200\", \"440600\"]."), MinLength(2), MaxLength(ChainEngine.MaxComparedRegions)]
        string[] regionCodes,
        [Description(ArgumentText.ChainId)] string chainId,
        [Description(ArgumentText.WeakBelow), Range(1, ChainEngine.MaxWeakBelow)] int weakBelow = 2,
        CancellationToken cancellationToken = default)
    {
        var regions = await graph.IdsAsync(LookupKind.Region, regionCodes, 2, ChainEngine.MaxComparedRegions, "regionCodes", cancellationToken);
        if (regions.Count is >= 2 and <= ChainEngine.MaxComparedRegions && regions.Distinct(StringComparer.Ordinal).Count() == regions.Count)
        {
            chainId = await graph.IdAsync(LookupKind.Chain, chainId, "chainId", cancellationToken);
        }
        var rows = await graph.Engine.CompareRegionsAsync(regions, chainId, weakBelow, cancellationToken);
        var named = new List<Named>();
        foreach (var code in regions)
        {
            named.Add(await RegionAsync(graph, code, cancellationToken));
        }
        return new ComparisonAnswer(await ChainAsync(graph, chainId, cancellationToken), named, weakBelow, [.. rows.Select(AnswerShapes.Comparison)]);
    }

    [McpServerTool(Name = "simulateRecruitment", Title = "What-if recruitment (模拟招引)", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "What would change if each of 1 to 10 companies opened one more plant in the region, working in every segment its existing " +
        "sites name: gapsBefore and gapsAfter, closedGaps, newGaps, changedGaps (kind or status before and after) and coverageChanges " +
        "(local company count before and after). Nothing is stored: a pure what-if for ranking candidates from recruitTargets.")]
    public static async Task<SimulationAnswer> SimulateRecruitment(
        McpGraph graph,
        [Description(ArgumentText.RegionCode)] string regionCode,
        [Description(ArgumentText.ChainId)] string chainId,
        [Description("1 to 10 distinct company ids (or names naming one company each) to land in the region, e.g. [\"semcorp\"]."), MinLength(1), MaxLength(ChainEngine.MaxSimulatedCompanies)]
        string[] companyIds,
        [Description(ArgumentText.WeakBelow), Range(1, ChainEngine.MaxWeakBelow)] int weakBelow = 2,
        CancellationToken cancellationToken = default)
    {
        var region = await graph.IdAsync(LookupKind.Region, regionCode, "regionCode", cancellationToken);
        var chain = await graph.IdAsync(LookupKind.Chain, chainId, "chainId", cancellationToken);
        var companies = await graph.IdsAsync(LookupKind.Company, companyIds, 1, ChainEngine.MaxSimulatedCompanies, "companyIds", cancellationToken);
        var result = await graph.Engine.SimulateRecruitmentAsync(region, chain, companies, weakBelow, cancellationToken);
        var shapes = await AnswerShapes.LoadAsync(graph, companies.Concat(AnswerShapes.AnchorsOf(result.ClosedGaps.Concat(result.NewGaps))), cancellationToken);
        return new SimulationAnswer(
            await RegionAsync(graph, region, cancellationToken),
            await ChainAsync(graph, chain, cancellationToken),
            [.. companies.Select(shapes.Company)],
            weakBelow,
            result.GapsBefore,
            result.GapsAfter,
            [.. result.ClosedGaps.Select(shapes.Gap)],
            [.. result.NewGaps.Select(shapes.Gap)],
            [.. result.ChangedGaps.Select(AnswerShapes.Change)],
            [.. result.CoverageChanges.Select(AnswerShapes.Change)]);
    }

    internal static async ValueTask<Named> RegionAsync(McpGraph graph, string code, CancellationToken cancellationToken) =>
        await graph.RegionAsync(code, cancellationToken) is { } region ? AnswerShapes.Of(region) : new Named(code, null, null);

    internal static async ValueTask<Named> ChainAsync(McpGraph graph, string id, CancellationToken cancellationToken) =>
        await graph.ChainAsync(id, cancellationToken) is { } chain ? AnswerShapes.Of(chain) : new Named(id, null, null);
}
