using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChainGraph.Domain;
using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Lookup;
using ChainGraph.Domain.Text;
using ChainGraph.Server.Mcp.Answers;
using ModelContextProtocol.Server;

namespace ChainGraph.Server.Mcp;

/// <summary>Whom to recruit, how companies trade, and what a region has in its project pipeline.</summary>
[McpServerToolType]
public sealed class RecruitTools
{
    [McpServerTool(Name = "recruitTargets", Title = "Recruitment targets for a segment (招商目标)", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "Companies worth recruiting into a region for one segment, best first: companies with a site working in the segment and no site " +
        "in the region. score = weights.anchorTies·tieStrength + weights.credentials·credentials + weights.proximity·proximity (defaults 3, 1, 2). " +
        "Each target has anchorTies (local anchors' groups its group supplies), tieStrength (those ties weighed by supply confidence), " +
        "suppliesAnchors, credentials (HIGH_TECH, SRDI, LISTED), distanceKm and nearestSite, proximity, inPipeline (already has a live " +
        "project in the region) and groupLocal. scope NEW (default) leaves out groups already in the region, EXPANSION keeps only them " +
        "(增资扩产), ALL keeps both. Take the segment id from chainGaps or search.")]
    public static async Task<TargetsAnswer> RecruitTargets(
        McpGraph graph,
        [Description(ArgumentText.RegionCode)] string regionCode,
        [Description("Segment id (a leaf from chainGaps), e.g. es-separator; a Chinese or English segment name naming one segment (隔膜) is accepted too.")]
        string segmentId,
        [Description("How many targets, 1 to 100; default 20."), Range(1, ChainEngine.MaxTargets)] int first = 20,
        [Description("Score weights, each a finite number of 0 or more; any left out keeps its default.")] WeightsArgument? weights = null,
        [Description("NEW (default): groups not yet in the region; EXPANSION: groups already there; ALL: both."), AllowedValues("NEW", "EXPANSION", "ALL")]
        string scope = "NEW",
        CancellationToken cancellationToken = default)
    {
        // an unknown scope is refused before anything runs, as GraphQL refuses an unknown enum value and the export endpoints do
        if (!ContractNames.TryParse<RecruitScope>(scope, out var recruitScope))
        {
            throw BadArgumentException.OutOfRange("scope", $"must be NEW, EXPANSION or ALL, not '{scope}'");
        }
        var region = await graph.IdAsync(LookupKind.Region, regionCode, "regionCode", cancellationToken);
        var segment = await graph.IdAsync(LookupKind.Segment, segmentId, "segmentId", cancellationToken);
        var scoreWeights = ScoreWeights.WithDefaults(weights?.AnchorTies, weights?.Credentials, weights?.Proximity);
        var targets = await graph.Engine.TargetsAsync(region, segment, first, scoreWeights, recruitScope, cancellationToken);
        var shapes = await AnswerShapes.LoadAsync(graph, targets.SelectMany(t => t.SuppliesAnchorIds.Append(t.CompanyId)), cancellationToken);
        var sites = await graph.Reader.GetSitesAsync([.. targets.Select(t => t.NearestSiteId).Distinct(StringComparer.Ordinal)], cancellationToken);
        var segments = await graph.SegmentsAsync(cancellationToken);
        return new TargetsAnswer(
            await ChainTools.RegionAsync(graph, region, cancellationToken),
            AnswerShapes.Of(segments[segment]),
            ContractNames.Of(recruitScope),
            scoreWeights,
            [.. targets.Select((t, i) => shapes.Target(i + 1, t, sites))]);
    }

    [McpServerTool(Name = "supplyPaths", Title = "Supply paths between two companies (供应链路径)", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "All shortest supply paths (supplier → customer, over SUPPLIES facts) from one company to another, at most maxHops steps and at " +
        "most 10 paths, each as the companies it passes through. An empty list means no path within maxHops. Use it to show how a " +
        "candidate is tied to a local anchor.")]
    public static async Task<PathsAnswer> SupplyPaths(
        McpGraph graph,
        [Description("The supplier at the start of the path. " + ArgumentText.CompanyId)] string fromCompanyId,
        [Description("The customer at the end of the path. " + ArgumentText.CompanyId)] string toCompanyId,
        [Description("Longest path in steps, 1 to 6; default 4."), Range(1, ChainEngine.MaxHops)] int maxHops = 4,
        CancellationToken cancellationToken = default)
    {
        var from = await graph.IdAsync(LookupKind.Company, fromCompanyId, "fromCompanyId", cancellationToken);
        var to = await graph.IdAsync(LookupKind.Company, toCompanyId, "toCompanyId", cancellationToken);
        var paths = await graph.Engine.PathsAsync(from, to, maxHops, cancellationToken);
        var shapes = await AnswerShapes.LoadAsync(graph, paths.SelectMany(p => p.CompanyIds).Append(from).Append(to), cancellationToken);
        return new PathsAnswer(shapes.Company(from), shapes.Company(to), maxHops, [.. paths.Select(shapes.Path)]);
    }

    [McpServerTool(Name = "projectPipeline", Title = "Project pipeline of a region (项目储备)", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "A region's investment projects (including sub-regions) whose status date falls in an optional window: for each of the seven " +
        "statuses (LEAD, NEGOTIATING, SIGNED, STARTED, COMPLETED, PRODUCING, DROPPED) and for each segment category (then UNCLASSIFIED) " +
        "the count, the total of the disclosed amounts in yuan and undisclosedCount (projects without an amount, which is not 0). " +
        "Every bucket is listed, zeros included.")]
    public static async Task<PipelineAnswer> ProjectPipeline(
        McpGraph graph,
        [Description(ArgumentText.RegionCode)] string regionCode,
        [Description("First status date to count, yyyy-MM-dd (inclusive); none: no lower bound."), DataType(DataType.Date)] string? from = null,
        [Description("Last status date to count, yyyy-MM-dd (inclusive); none: no upper bound."), DataType(DataType.Date)] string? to = null,
        CancellationToken cancellationToken = default)
    {
        var region = await graph.IdAsync(LookupKind.Region, regionCode, "regionCode", cancellationToken);
        var pipeline = await graph.Engine.PipelineAsync(region, from, to, cancellationToken);
        return new PipelineAnswer(await ChainTools.RegionAsync(graph, region, cancellationToken), from, to,
            [.. pipeline.ByStatus.Select(AnswerShapes.Bucket)], [.. pipeline.ByCategory.Select(AnswerShapes.Bucket)]);
    }
}
