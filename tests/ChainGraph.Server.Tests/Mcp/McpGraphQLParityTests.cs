using System.Text.Json;

namespace ChainGraph.Server.Tests.Mcp;

/// <summary>The tools answer what GraphQL answers: the same gaps and targets, and the same code, message and suggestions for a bad argument.</summary>
public sealed class McpGraphQLParityTests(HttpMcpFixture fixture) : IClassFixture<HttpMcpFixture>
{
    [Theory]
    [InlineData("chainGaps", """{"regionCode":"44120","chainId":"es"}""", """{ chainGaps(regionCode: "44120", chainId: "es") { kind } }""")]
    [InlineData("recruitTargets", """{"regionCode":"441200","segmentId":"es-seperator"}""", """{ recruitTargets(regionCode: "441200", segmentId: "es-seperator") { score } }""")]
    [InlineData("recruitTargets", """{"regionCode":"441200","segmentId":"es-separator","weights":{"proximity":-0.5}}""", """{ recruitTargets(regionCode: "441200", segmentId: "es-separator", weights: {proximity: -0.5}) { score } }""")]
    [InlineData("supplyPaths", """{"fromCompanyId":"senoir","toCompanyId":"xpeng","maxHops":9}""", """{ supplyPaths(fromCompanyId: "senoir", toCompanyId: "xpeng", maxHops: 9) { companies { id } } }""")]
    [InlineData("projectPipeline", """{"regionCode":"441200","to":"2024-1-1"}""", """{ projectPipeline(regionCode: "441200", to: "2024-1-1") { byStatus { count } } }""")]
    [InlineData("compareRegions", """{"regionCodes":["441200","440600","441200"],"chainId":"es"}""", """{ compareRegions(regionCodes: ["441200", "440600", "441200"], chainId: "es") { cells { status } } }""")]
    [InlineData("simulateRecruitment", """{"regionCode":"441200","chainId":"es","companyIds":["semcorp"],"weakBelow":0}""", """{ simulateRecruitment(regionCode: "441200", chainId: "es", companyIds: ["semcorp"], weakBelow: 0) { gapsAfter } }""")]
    [InlineData("chainCoverage", """{"regionCode":"441200","chainId":"e"}""", """{ chainCoverage(regionCode: "441200", chainId: "e") { status } }""")]
    public async Task A_bad_argument_answers_as_in_GraphQL(string tool, string arguments, string query)
    {
        var mcp = await ToolCalls.ErrorAsync(fixture.Client, tool, JsonSerializer.Deserialize<Dictionary<string, object?>>(arguments)!);
        var graphql = await fixture.Host.PostAsync(query);
        var error = graphql.FirstError;
        var extensions = error.GetProperty("extensions");
        Assert.Equal(graphql.FirstCode, mcp.Code());
        Assert.Equal(error.GetProperty("message").GetString(), mcp.Message());
        Assert.Equal(extensions.GetProperty("argument").GetString(), mcp.GetProperty("argument").GetString());
        Assert.Equal(extensions.TryGetProperty("suggestions", out var s) ? s.EnumerateArray().Select(x => x.GetString()!).ToArray() : [], mcp.Suggestions());
    }

    [Fact]
    public async Task Gaps_and_targets_are_GraphQL_answers()
    {
        var gaps = await ToolCalls.OkAsync(fixture.Client, "chainGaps", new() { ["regionCode"] = "441200", ["chainId"] = "es" });
        var graphGaps = await fixture.Host.PostAsync("""{ chainGaps(regionCode: "441200", chainId: "es") { segment { id } kind status anchorCount linkedLocalCompanies declared committed } }""");
        Assert.Equal(
            graphGaps.Data.GetProperty("chainGaps").EnumerateArray().Select(g => (g.GetProperty("segment").GetProperty("id").GetString(), g.GetProperty("kind").GetString(), g.GetProperty("status").GetString(), g.GetProperty("anchorCount").GetInt32(), g.GetProperty("linkedLocalCompanies").GetInt32(), g.GetProperty("declared").GetBoolean(), g.GetProperty("committed").GetBoolean())),
            gaps.GetProperty("gaps").EnumerateArray().Select(g => (g.GetProperty("segment").GetProperty("id").GetString(), g.GetProperty("kind").GetString(), g.GetProperty("status").GetString(), g.GetProperty("anchorCount").GetInt32(), g.GetProperty("linkedLocalCompanies").GetInt32(), g.GetProperty("declared").GetBoolean(), g.GetProperty("committed").GetBoolean())));

        var targets = await ToolCalls.OkAsync(fixture.Client, "recruitTargets", new() { ["regionCode"] = "441200", ["segmentId"] = "es-separator", ["scope"] = "ALL", ["weights"] = new Dictionary<string, object?> { ["anchorTies"] = 1.5 } });
        var graphTargets = await fixture.Host.PostAsync("""{ recruitTargets(regionCode: "441200", segmentId: "es-separator", scope: ALL, weights: {anchorTies: 1.5}) { company { id } score distanceKm tieStrength nearestSite { id } } }""");
        Assert.Equal(
            graphTargets.Data.GetProperty("recruitTargets").EnumerateArray().Select(t => (t.GetProperty("company").GetProperty("id").GetString(), t.GetProperty("score").GetDouble(), t.GetProperty("distanceKm").GetDouble(), t.GetProperty("tieStrength").GetDouble(), t.GetProperty("nearestSite").GetProperty("id").GetString())),
            targets.GetProperty("targets").EnumerateArray().Select(t => (t.GetProperty("company").GetProperty("id").GetString(), t.GetProperty("score").GetDouble(), t.GetProperty("distanceKm").GetDouble(), t.GetProperty("tieStrength").GetDouble(), t.GetProperty("nearestSite").GetProperty("id").GetString())));
    }
}
