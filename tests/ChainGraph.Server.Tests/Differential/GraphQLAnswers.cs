using System.Globalization;
using System.Text.Json;
using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;
using ChainGraph.TestSupport.Differential;
using ChainGraph.Domain.Text;

namespace ChainGraph.Server.Tests.Differential;

/// <summary>The planner's questions asked over the served GraphQL endpoint; the JSON read back into the engine's result records.</summary>
public sealed class GraphQLAnswers(ServiceHost host) : IQuestionAnswers
{
    public async Task<IReadOnlyList<SegmentCoverage>> CoverageAsync(DiffQuestion q)
    {
        var data = await AskAsync(
            "query($r: ID!, $c: ID!, $w: Int) { a: chainCoverage(regionCode: $r, chainId: $c, weakBelow: $w) { segment { id } status localCompanyCount localSiteCount localAnchorCount pipelineProjectCount pipelineInvestmentYuan } }",
            new Dictionary<string, object?> { ["r"] = q.RegionCode, ["c"] = q.ChainId, ["w"] = q.WeakBelow ?? 2 });
        return data.EnumerateArray().Select(e => new SegmentCoverage(
            Segment(e), Parse<CoverageStatus>(e, "status"), Int(e, "localCompanyCount"), Int(e, "localSiteCount"), Int(e, "localAnchorCount"),
            Int(e, "pipelineProjectCount"), e.GetProperty("pipelineInvestmentYuan").GetDecimal())).ToList();
    }

    public async Task<IReadOnlyList<ChainGap>> GapsAsync(DiffQuestion q)
    {
        var data = await AskAsync(
            "query($r: ID!, $c: ID!, $w: Int) { a: chainGaps(regionCode: $r, chainId: $c, weakBelow: $w) { segment { id } kind status reasons { anchor { id } via { id } direction } } }",
            new Dictionary<string, object?> { ["r"] = q.RegionCode, ["c"] = q.ChainId, ["w"] = q.WeakBelow ?? 2 });
        return data.EnumerateArray().Select(e => new ChainGap(
            Segment(e), Parse<GapKind>(e, "kind"), Parse<CoverageStatus>(e, "status"),
            e.GetProperty("reasons").EnumerateArray().Select(r => new GapReason(
                r.GetProperty("anchor").ValueKind == JsonValueKind.Null ? null : Id(r.GetProperty("anchor")),
                Id(r.GetProperty("via")),
                Parse<Direction>(r, "direction"))).ToList())).ToList();
    }

    public async Task<IReadOnlyList<RecruitTarget>> TargetsAsync(DiffQuestion q)
    {
        var variables = new Dictionary<string, object?> { ["r"] = q.RegionCode, ["s"] = q.SegmentId, ["f"] = q.First ?? 20 };
        if (q.HasWeights)
        {
            var weights = new Dictionary<string, double>();
            if (q.AnchorTiesWeight is { } a) weights["anchorTies"] = a;
            if (q.CredentialsWeight is { } c) weights["credentials"] = c;
            if (q.ProximityWeight is { } p) weights["proximity"] = p;
            variables["w"] = weights;
        }
        var data = await AskAsync(
            "query($r: ID!, $s: ID!, $f: Int, $w: ScoreWeightsInput) { a: recruitTargets(regionCode: $r, segmentId: $s, first: $f, weights: $w) "
            + "{ company { id } score anchorTies credentials proximity distanceKm inPipeline suppliesAnchors { id } nearestSite { id } } }",
            variables);
        return data.EnumerateArray().Select(e => new RecruitTarget(
            Id(e.GetProperty("company")), e.GetProperty("score").GetDouble(), Int(e, "anchorTies"), Int(e, "credentials"),
            e.GetProperty("proximity").GetDouble(), e.GetProperty("distanceKm").GetDouble(), e.GetProperty("inPipeline").GetBoolean(),
            e.GetProperty("suppliesAnchors").EnumerateArray().Select(Id).ToList(), Id(e.GetProperty("nearestSite")))).ToList();
    }

    public async Task<IReadOnlyList<SupplyPath>> PathsAsync(DiffQuestion q)
    {
        var data = await AskAsync(
            "query($f: ID!, $t: ID!, $h: Int) { a: supplyPaths(fromCompanyId: $f, toCompanyId: $t, maxHops: $h) { companies { id } } }",
            new Dictionary<string, object?> { ["f"] = q.FromCompanyId, ["t"] = q.ToCompanyId, ["h"] = q.MaxHops ?? 4 });
        return data.EnumerateArray().Select(e => new SupplyPath(e.GetProperty("companies").EnumerateArray().Select(Id).ToList())).ToList();
    }

    public async Task<ProjectPipeline> PipelineAsync(DiffQuestion q)
    {
        static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var data = await AskAsync(
            "query($r: ID!, $from: Date, $to: Date) { a: projectPipeline(regionCode: $r, from: $from, to: $to) { byStatus { status count investmentYuan } byCategory { category count investmentYuan } } }",
            new Dictionary<string, object?> { ["r"] = q.RegionCode, ["from"] = Date(q.FromDate), ["to"] = Date(q.ToDate) });
        return new ProjectPipeline(
            data.GetProperty("byStatus").EnumerateArray().Select(b => new PipelineBucket(Parse<ProjectStatus>(b, "status"), Int(b, "count"), b.GetProperty("investmentYuan").GetDecimal())).ToList(),
            data.GetProperty("byCategory").EnumerateArray().Select(b => new PipelineCategoryBucket(b.GetProperty("category").GetString()!, Int(b, "count"), b.GetProperty("investmentYuan").GetDecimal())).ToList());
    }

    private async Task<JsonElement> AskAsync(string query, Dictionary<string, object?> variables)
    {
        var response = await host.PostAsync(query, variables);
        if (response.HasErrors)
        {
            throw new InvalidOperationException($"GraphQL errors (HTTP {(int)response.Status}): {response.Body.GetProperty("errors")}");
        }
        return response.Data.GetProperty("a");
    }

    /// <summary>Only the id of a segment is asked for and compared.</summary>
    private static Segment Segment(JsonElement e) => new(Id(e.GetProperty("segment")), "", "", null, default, null);

    private static string Id(JsonElement e) => e.GetProperty("id").GetString()!;

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();

    private static T Parse<T>(JsonElement e, string name)
        where T : struct, Enum =>
        ContractNames.TryParse<T>(e.GetProperty(name).GetString()!, out var value) ? value : throw new FormatException($"{name}: {e.GetProperty(name)}");
}
