using System.Text.Json;
using ChainGraph.Domain;
using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;
using ChainGraph.TestSupport.Differential;
using ChainGraph.Domain.Text;

namespace ChainGraph.Server.Tests.Differential;

/// <summary>
/// The planner's questions asked over the served GraphQL endpoint; the JSON read back into the engine's result
/// records. An argument the question leaves out is left out of the request too, so that the schema's defaults
/// answer for it. A NOT_FOUND or BAD_INPUT error comes back as a <see cref="BadArgumentException"/> with the
/// argument of <c>extensions.argument</c>.
/// </summary>
public sealed partial class GraphQLAnswers(ServiceHost host) : IQuestionAnswers
{
    public async Task<IReadOnlyList<SegmentCoverage>> CoverageAsync(DiffQuestion q)
    {
        var data = await AskAsync(
            "query($r: ID!, $c: ID!, $w: Int) { a: chainCoverage(regionCode: $r, chainId: $c, weakBelow: $w) "
            + "{ segment { id } status localCompanyCount localSiteCount localAnchorCount pipelineProjectCount pipelineInvestmentYuan declared } }",
            Variables(("r", q.RegionCode), ("c", q.ChainId), ("w", q.WeakBelow)));
        return data.EnumerateArray().Select(e => new SegmentCoverage(
            Segment(e), Parse<CoverageStatus>(e, "status"), Int(e, "localCompanyCount"), Int(e, "localSiteCount"), Int(e, "localAnchorCount"),
            Int(e, "pipelineProjectCount"), e.GetProperty("pipelineInvestmentYuan").GetDecimal(), Bool(e, "declared"))).ToList();
    }

    public async Task<IReadOnlyList<ChainGap>> GapsAsync(DiffQuestion q)
    {
        var data = await AskAsync(
            "query($r: ID!, $c: ID!, $w: Int) { a: chainGaps(regionCode: $r, chainId: $c, weakBelow: $w) { ...gap } }" + GapFragment,
            Variables(("r", q.RegionCode), ("c", q.ChainId), ("w", q.WeakBelow)));
        return Gaps(data);
    }

    public async Task<IReadOnlyList<RecruitTarget>> TargetsAsync(DiffQuestion q)
    {
        Dictionary<string, double>? weights = null;
        if (q.HasWeights)
        {
            weights = [];
            if (q.AnchorTiesWeight is { } a) weights["anchorTies"] = a;
            if (q.CredentialsWeight is { } c) weights["credentials"] = c;
            if (q.ProximityWeight is { } p) weights["proximity"] = p;
        }
        var data = await AskAsync(
            "query($r: ID!, $s: ID!, $f: Int, $w: ScoreWeightsInput, $sc: RecruitScope) { a: recruitTargets(regionCode: $r, segmentId: $s, first: $f, weights: $w, scope: $sc) "
            + "{ company { id } score anchorTies tieStrength groupLocal credentials proximity distanceKm inPipeline suppliesAnchors { id } nearestSite { id } } }",
            Variables(("r", q.RegionCode), ("s", q.SegmentId), ("f", q.First), ("w", weights), ("sc", q.Scope is { } scope ? ContractNames.Of(scope) : null)));
        return data.EnumerateArray().Select(e => new RecruitTarget(
            Id(e.GetProperty("company")), e.GetProperty("score").GetDouble(), Int(e, "anchorTies"), Int(e, "credentials"),
            e.GetProperty("proximity").GetDouble(), e.GetProperty("distanceKm").GetDouble(), Bool(e, "inPipeline"),
            e.GetProperty("suppliesAnchors").EnumerateArray().Select(Id).ToList(), Id(e.GetProperty("nearestSite")),
            e.GetProperty("tieStrength").GetDouble(), Bool(e, "groupLocal"))).ToList();
    }

    public async Task<IReadOnlyList<SupplyPath>> PathsAsync(DiffQuestion q)
    {
        var data = await AskAsync(
            "query($f: ID!, $t: ID!, $h: Int) { a: supplyPaths(fromCompanyId: $f, toCompanyId: $t, maxHops: $h) { companies { id } } }",
            Variables(("f", q.FromCompanyId), ("t", q.ToCompanyId), ("h", q.MaxHops)));
        return data.EnumerateArray().Select(e => new SupplyPath(e.GetProperty("companies").EnumerateArray().Select(Id).ToList())).ToList();
    }

    public async Task<ProjectPipeline> PipelineAsync(DiffQuestion q)
    {
        var data = await AskAsync(
            "query($r: ID!, $from: Date, $to: Date) { a: projectPipeline(regionCode: $r, from: $from, to: $to) "
            + "{ byStatus { status count investmentYuan undisclosedCount } byCategory { category count investmentYuan undisclosedCount } } }",
            Variables(("r", q.RegionCode), ("from", q.From), ("to", q.To)));
        return new ProjectPipeline(
            data.GetProperty("byStatus").EnumerateArray().Select(b => new PipelineBucket(
                Parse<ProjectStatus>(b, "status"), Int(b, "count"), b.GetProperty("investmentYuan").GetDecimal(), Int(b, "undisclosedCount"))).ToList(),
            data.GetProperty("byCategory").EnumerateArray().Select(b => new PipelineCategoryBucket(
                b.GetProperty("category").GetString()!, Int(b, "count"), b.GetProperty("investmentYuan").GetDecimal(), Int(b, "undisclosedCount"))).ToList());
    }

    /// <summary>The variables that have a value; the others are left out, so that the argument takes the schema's default.</summary>
    private static Dictionary<string, object?> Variables(params (string Name, object? Value)[] values) =>
        values.Where(v => v.Value is not null).ToDictionary(v => v.Name, v => v.Value);

    private async Task<JsonElement> AskAsync(string query, Dictionary<string, object?> variables)
    {
        var response = await host.PostAsync(query, variables);
        if (response.HasErrors)
        {
            var error = response.FirstError;
            var extensions = error.TryGetProperty("extensions", out var x) ? x : default;
            string? Extension(string name) =>
                extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            if (Extension("code") is ErrorCodes.NotFound or ErrorCodes.BadInput)
            {
                throw new BadArgumentException(Extension("code")!, Extension("argument") ?? Extension("field") ?? "", error.GetProperty("message").GetString() ?? "");
            }
            throw new InvalidOperationException($"GraphQL errors (HTTP {(int)response.Status}): {response.Body.GetProperty("errors")}");
        }
        return response.Data.GetProperty("a");
    }

    /// <summary>Only the id of a segment is asked for and compared.</summary>
    private static Segment Segment(JsonElement e) => new(Id(e.GetProperty("segment")), "", "", null, default, null);

    private static string Id(JsonElement e) => e.GetProperty("id").GetString()!;

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();

    private static bool Bool(JsonElement e, string name) => e.GetProperty(name).GetBoolean();

    private static T Parse<T>(JsonElement e, string name)
        where T : struct, Enum =>
        ContractNames.TryParse<T>(e.GetProperty(name).GetString()!, out var value) ? value : throw new FormatException($"{name}: {e.GetProperty(name)}");
}
