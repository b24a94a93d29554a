using System.Net;
using System.Text.Json;

namespace ChainGraph.Server.Tests.GraphQL;

/// <summary>The public fields over real HTTP, on the mini fixture (expected values from the engine contract).</summary>
public sealed class QueryTests : IAsyncLifetime
{
    private ServiceHost _host = null!;

    public ValueTask InitializeAsync()
    {
        _host = new ServiceHost();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Chain_gaps_come_back_with_kinds_reasons_and_names()
    {
        var r = await _host.PostAsync("""
            { chainGaps(regionCode: "441200", chainId: "es") { kind status segment { id nameZh } reasons { direction anchor { id nameZh } via { id } } } }
            """);
        Assert.False(r.HasErrors, r.Body.ToString());
        var gaps = r.Data.GetProperty("chainGaps").EnumerateArray().ToList();
        Assert.Equal(
            ["es-cathode:FILL", "es-electrolyte:FILL", "es-separator:FILL", "es-coater:FILL", "es-power-cell:STRENGTHEN", "es-case:STRENGTHEN", "es-ess:EXTEND"],
            gaps.Select(g => $"{g.GetProperty("segment").GetProperty("id").GetString()}:{g.GetProperty("kind").GetString()}").ToArray());
        var first = gaps[0].GetProperty("reasons").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Null, first[0].GetProperty("anchor").ValueKind);
        Assert.Equal("DOWNSTREAM", first[0].GetProperty("direction").GetString());
        Assert.Equal("瑞庆时代", first[1].GetProperty("anchor").GetProperty("nameZh").GetString());
    }

    [Fact]
    public async Task Recruit_targets_carry_every_score_component()
    {
        var r = await _host.PostAsync("""
            query($w: ScoreWeightsInput) { recruitTargets(regionCode: "441200", segmentId: "es-separator", weights: $w) {
              company { id } score anchorTies credentials proximity distanceKm inPipeline suppliesAnchors { id } nearestSite { id region { code } } } }
            """, new { w = new { proximity = 0.0 } });
        Assert.False(r.HasErrors, r.Body.ToString());
        var targets = r.Data.GetProperty("recruitTargets").EnumerateArray().ToList();
        var senior = targets[0];
        Assert.Equal("senior", senior.GetProperty("company").GetProperty("id").GetString());
        Assert.Equal(4.6, senior.GetProperty("score").GetDouble(), 9); // 3*(0.6+0.6) + 1*1 + 0*proximity: two REPORTED ties
        Assert.Equal(["catl-zq", "xpeng"], senior.GetProperty("suppliesAnchors").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToArray());
        Assert.Equal("senior-a", senior.GetProperty("nearestSite").GetProperty("id").GetString());
        Assert.Equal("440300", senior.GetProperty("nearestSite").GetProperty("region").GetProperty("code").GetString());
        Assert.True(targets[1].GetProperty("inPipeline").GetBoolean());
    }

    [Fact]
    public async Task Coverage_paths_and_pipeline_answer()
    {
        var r = await _host.PostAsync("""
            {
              chainCoverage(regionCode: "441200", chainId: "es", weakBelow: 1) { segment { id } status localCompanyCount pipelineInvestmentYuan }
              supplyPaths(fromCompanyId: "senior", toCompanyId: "xpeng") { companies { id } }
              projectPipeline(regionCode: "441200", from: "2023-01-01", to: "2023-12-31") { byStatus { status count investmentYuan } byCategory { category count } }
            }
            """);
        Assert.False(r.HasErrors, r.Body.ToString());
        var root = r.Data.GetProperty("chainCoverage").EnumerateArray().First();
        Assert.Equal(("es", "STRONG", 8, 4_100_000_000.0), (root.GetProperty("segment").GetProperty("id").GetString(), root.GetProperty("status").GetString(), root.GetProperty("localCompanyCount").GetInt32(), root.GetProperty("pipelineInvestmentYuan").GetDouble()));
        Assert.Equal(2, r.Data.GetProperty("supplyPaths").GetArrayLength());
        var started = r.Data.GetProperty("projectPipeline").GetProperty("byStatus").EnumerateArray().Single(b => b.GetProperty("status").GetString() == "STARTED");
        Assert.Equal(2, started.GetProperty("count").GetInt32());
        Assert.Equal(7, r.Data.GetProperty("projectPipeline").GetProperty("byCategory").GetArrayLength());
    }

    [Fact]
    public async Task Companies_page_by_id_with_total_count_and_filters()
    {
        const string query = """
            query($after: String) { companies(filter: { regionCode: "441200" }, first: 4, after: $after) {
              totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }
            """;
        var ids = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var r = await _host.PostAsync(query, new { after });
            Assert.False(r.HasErrors, r.Body.ToString());
            var connection = r.Data.GetProperty("companies");
            Assert.Equal(9, connection.GetProperty("totalCount").GetInt32());
            ids.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            pages++;
            if (!connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        Assert.Equal(3, pages);
        Assert.Equal(["catl-zq", "eve", "fenghua", "leoch", "xpeng", "zhenyu", "zq-bms", "zq-salt-a", "zq-salt-b"], ids);

        var tagged = await _host.PostAsync("""{ companies(filter: { tags: [LISTED, HIGH_TECH], segmentId: "es-mat" }) { totalCount nodes { id tags } } }""");
        Assert.Equal("semcorp", tagged.Data.GetProperty("companies").GetProperty("nodes")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Entities_expose_their_relations()
    {
        var r = await _host.PostAsync("""
            {
              region(code: "441200") { nameZh level parent { code } children { code } }
              regions(level: CITY, parentCode: "440000") { code }
              segment(id: "es-cathode") { category parent { id } feeds { id } fedBy { id } children { id } chain { nameZh } }
              company(id: "catl-zq") { tags parent { id tags } sites { id kind region { nameZh } segments { id } company { id } } suppliesTo { customer { id } segment { id } source } }
              chains { id segments { id } }
            }
            """);
        Assert.False(r.HasErrors, r.Body.ToString());
        var region = r.Data.GetProperty("region");
        Assert.Equal(("肇庆市", "CITY", "440000"), (region.GetProperty("nameZh").GetString(), region.GetProperty("level").GetString(), region.GetProperty("parent").GetProperty("code").GetString()));
        Assert.Equal(["441200-HTZ", "441202"], region.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToArray());
        Assert.Equal(["440300", "440600", "441200"], r.Data.GetProperty("regions").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToArray());
        var segment = r.Data.GetProperty("segment");
        Assert.Equal(new[] { "es-ess-cell", "es-power-cell" }, segment.GetProperty("feeds").EnumerateArray().Select(s => s.GetProperty("id").GetString()!));
        Assert.Equal("es-salt", segment.GetProperty("fedBy")[0].GetProperty("id").GetString());
        Assert.Equal("es-mat", segment.GetProperty("parent").GetProperty("id").GetString());
        var company = r.Data.GetProperty("company");
        Assert.Equal(0, company.GetProperty("tags").GetArrayLength());
        Assert.Equal("肇庆高新区", company.GetProperty("sites")[0].GetProperty("region").GetProperty("nameZh").GetString());
        Assert.Equal("xpeng", company.GetProperty("suppliesTo")[0].GetProperty("customer").GetProperty("id").GetString());
        Assert.Equal(2, r.Data.GetProperty("chains").GetArrayLength());
    }

    [Fact]
    public async Task Get_runs_queries_and_refuses_mutations()
    {
        var ok = await _host.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ company(id: \"xpeng\") { nameZh } }"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("小鹏汽车", await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var mutation = await _host.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { deleteSupply(supplierId: \"a\", customerId: \"b\") }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
    }
}
