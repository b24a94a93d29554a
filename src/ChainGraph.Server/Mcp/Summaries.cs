using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Lookup;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Domain.Text;
using ChainGraph.Server.Mcp.Answers;

namespace ChainGraph.Server.Mcp;

/// <summary>What the resources show: the chains, a chain's segment tree, a region at a glance.</summary>
internal static class Summaries
{
    public const int TopGaps = 5;

    public static async ValueTask<IReadOnlyList<ChainEntry>> ChainsAsync(McpGraph graph, CancellationToken cancellationToken)
    {
        var chains = await graph.Reader.GetChainsAsync(cancellationToken).ConfigureAwait(false);
        var segments = await graph.Reader.GetSegmentsAsync(cancellationToken).ConfigureAwait(false);
        var parents = segments.Select(s => s.ParentId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. chains.OrderBy(c => c.Id, Domain.Ids.Comparer).Select(c => new ChainEntry(
            c.Id, c.NameZh, c.NameEn, segments.Count(s => s.ChainId == c.Id), segments.Count(s => s.ChainId == c.Id && !parents.Contains(s.Id))))];
    }

    public static async ValueTask<SegmentTree> TreeAsync(McpGraph graph, string chainText, CancellationToken cancellationToken)
    {
        var chainId = await graph.IdAsync(LookupKind.Chain, chainText, "chainId", cancellationToken).ConfigureAwait(false);
        var chain = await graph.ChainAsync(chainId, cancellationToken).ConfigureAwait(false)
            ?? throw await graph.Lookup.NotFoundAsync(LookupKind.Chain, chainId, "chainId", cancellationToken).ConfigureAwait(false);
        var segments = (await graph.Reader.GetSegmentsAsync(cancellationToken).ConfigureAwait(false)).Where(s => s.ChainId == chainId).ToList();
        var flows = await graph.Reader.GetFlowsAsync(cancellationToken).ConfigureAwait(false);
        var feeds = flows.GroupBy(f => f.FromId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(f => f.ToId).Order(Domain.Ids.Comparer)], StringComparer.Ordinal);
        var ids = segments.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var children = segments.Where(s => s.ParentId is not null).ToLookup(s => s.ParentId!, StringComparer.Ordinal);

        SegmentNode Node(Segment s) => new(
            s.Id, s.NameZh, s.NameEn, ContractNames.Of(s.Category), feeds.GetValueOrDefault(s.Id) ?? [],
            [.. children[s.Id].OrderBy(c => c.Id, Domain.Ids.Comparer).Select(Node)]);

        var roots = segments.Where(s => s.ParentId is null || !ids.Contains(s.ParentId)).OrderBy(s => s.Id, Domain.Ids.Comparer);
        return new SegmentTree(AnswerShapes.Of(chain), [.. roots.Select(Node)]);
    }

    public static async ValueTask<RegionSummary> RegionAsync(McpGraph graph, string regionText, CancellationToken cancellationToken)
    {
        var code = await graph.IdAsync(LookupKind.Region, regionText, "regionCode", cancellationToken).ConfigureAwait(false);
        var region = await graph.RegionAsync(code, cancellationToken).ConfigureAwait(false)
            ?? throw await graph.Lookup.NotFoundAsync(LookupKind.Region, code, "regionCode", cancellationToken).ConfigureAwait(false);
        var parent = region.ParentCode is { } p ? await graph.RegionAsync(p, cancellationToken).ConfigureAwait(false) : null;
        var children = await graph.Reader.FindRegionsAsync(null, code, cancellationToken).ConfigureAwait(false);
        var companies = await graph.Reader.FindCompaniesAsync(new CompanyQuery(RegionCode: code), 1, null, cancellationToken).ConfigureAwait(false);
        var segments = await graph.SegmentsAsync(cancellationToken).ConfigureAwait(false);
        var priorities = (await graph.Reader.GetRegionPrioritiesAsync([code], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(code) ?? [];

        var standings = new List<ChainStanding>();
        foreach (var chain in (await graph.Reader.GetChainsAsync(cancellationToken).ConfigureAwait(false)).OrderBy(c => c.Id, Domain.Ids.Comparer))
        {
            standings.Add(await StandingAsync(graph, code, chain, cancellationToken).ConfigureAwait(false));
        }
        var pipeline = await graph.Engine.PipelineAsync(code, (DateOnly?)null, null, cancellationToken).ConfigureAwait(false);
        var info = new RegionInfo(region.Code, region.NameZh, region.NameEn, ContractNames.Of(region.Level),
            parent is null ? null : AnswerShapes.Of(parent), [.. children.Select(AnswerShapes.Of)]);
        return new RegionSummary(info, companies.TotalCount,
            [.. priorities.Select(x => segments.GetValueOrDefault(x.SegmentId)).OfType<Segment>().Select(AnswerShapes.Of)],
            standings, [.. pipeline.ByStatus.Select(AnswerShapes.Bucket)]);
    }

    private static async ValueTask<ChainStanding> StandingAsync(McpGraph graph, string code, Chain chain, CancellationToken cancellationToken)
    {
        var coverage = await graph.Engine.CoverageAsync(code, chain.Id, 2, cancellationToken).ConfigureAwait(false);
        var gaps = await graph.Engine.GapsAsync(code, chain.Id, 2, cancellationToken).ConfigureAwait(false);
        var anchors = await graph.Reader.GetLocalAnchorsAsync(code, chain.Id, cancellationToken).ConfigureAwait(false);
        var names = await graph.CompaniesAsync(anchors.Select(a => a.CompanyId), cancellationToken).ConfigureAwait(false);
        var parents = coverage.Select(c => c.Segment.ParentId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var leaves = coverage.Where(c => !parents.Contains(c.Segment.Id)).ToList();
        return new ChainStanding(
            AnswerShapes.Of(chain),
            leaves.Count(c => c.Status == CoverageStatus.Strong),
            leaves.Count(c => c.Status == CoverageStatus.Weak),
            leaves.Count(c => c.Status == CoverageStatus.Missing),
            gaps.Count(g => g.Kind == GapKind.Fill),
            gaps.Count(g => g.Kind == GapKind.Strengthen),
            gaps.Count(g => g.Kind == GapKind.Extend),
            [.. gaps.Take(TopGaps).Select(g => new GapBrief(g.Segment.Id, g.Segment.NameZh, ContractNames.Of(g.Kind), ContractNames.Of(g.Status)))],
            [.. anchors.Select(a => names.TryGetValue(a.CompanyId, out var c) ? AnswerShapes.Of(c) : new Named(a.CompanyId, null, null))]);
    }
}
