using System.Net;
using System.Text;

namespace ChainGraph.Server.Tests.GraphQL;

/// <summary>Bad input always gets a clear error with a stable code naming what is wrong.</summary>
public sealed class ErrorTests : IAsyncLifetime
{
    private ServiceHost _host = null!;

    public ValueTask InitializeAsync()
    {
        _host = new ServiceHost();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("""{ chainGaps(regionCode: "nope", chainId: "nochain", weakBelow: 0) { kind } }""", "NOT_FOUND", "regionCode")]
    [InlineData("""{ chainCoverage(regionCode: "441200", chainId: "ES") { status } }""", "NOT_FOUND", "chainId")]
    [InlineData("""{ chainCoverage(regionCode: "441200", chainId: "es", weakBelow: 1001) { status } }""", "BAD_INPUT", "weakBelow")]
    [InlineData("""{ recruitTargets(regionCode: "441200", segmentId: "es-bms", first: 0) { score } }""", "BAD_INPUT", "first")]
    [InlineData("""{ recruitTargets(regionCode: "441200", segmentId: "es-bms", weights: { credentials: -1 }) { score } }""", "BAD_INPUT", "weights.credentials")]
    [InlineData("""{ recruitTargets(regionCode: "441200", segmentId: "nope") { score } }""", "NOT_FOUND", "segmentId")]
    [InlineData("""{ supplyPaths(fromCompanyId: "senior", toCompanyId: "nobody") { companies { id } } }""", "NOT_FOUND", "toCompanyId")]
    [InlineData("""{ supplyPaths(fromCompanyId: "senior", toCompanyId: "xpeng", maxHops: 7) { companies { id } } }""", "BAD_INPUT", "maxHops")]
    [InlineData("""{ projectPipeline(regionCode: "441200", from: "2023-02-30") { byStatus { count } } }""", "BAD_INPUT", "from")]
    [InlineData("""{ projectPipeline(regionCode: "441200", from: "2023-01-01", to: "2023/12/31") { byStatus { count } } }""", "BAD_INPUT", "to")]
    [InlineData("""{ companies(first: 101) { totalCount } }""", "BAD_INPUT", "first")]
    [InlineData("""{ companies(filter: { regionCode: "999999" }) { totalCount } }""", "NOT_FOUND", "filter.regionCode")]
    public async Task Bad_arguments_are_named_with_a_code(string query, string code, string argument)
    {
        var r = await _host.PostAsync(query);
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal(code, r.FirstCode);
        Assert.Equal(argument, r.FirstError.GetProperty("extensions").GetProperty("argument").GetString());
        Assert.StartsWith(argument + ":", r.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_id_carries_the_closest_ids_as_suggestions()
    {
        var r = await _host.PostAsync("""{ recruitTargets(regionCode: "441200", segmentId: "es-seperator") { score } }""");
        Assert.Equal("NOT_FOUND", r.FirstCode);
        var suggestions = r.FirstError.GetProperty("extensions").GetProperty("suggestions").EnumerateArray().Select(x => x.GetString()).ToList();
        Assert.Equal("es-separator", suggestions[0]);
        Assert.Contains("did you mean es-separator", r.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_deep_queries_are_refused_but_introspection_works()
    {
        var deep = "{ region(code: \"CN\") { " + string.Concat(Enumerable.Repeat("children { ", 14)) + "code" + new string('}', 15) + " }";
        var r = await _host.PostAsync(deep);
        Assert.True(r.HasErrors);
        Assert.Contains("depth", r.FirstError.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);

        var introspection = await _host.PostAsync(IntrospectionQuery.Text);
        Assert.False(introspection.HasErrors, introspection.Body.ToString());
        Assert.True(introspection.Data.GetProperty("__schema").GetProperty("types").GetArrayLength() > 30);
    }

    [Fact]
    public async Task Oversized_and_malformed_bodies_are_rejected()
    {
        var big = new StringContent("{\"query\":\"{ chains { id } }\",\"pad\":\"" + new string('x', 70_000) + "\"}", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await _host.Client.PostAsync("/graphql", big)).StatusCode);
        var broken = new StringContent("{\"query\": ", Encoding.UTF8, "application/json");
        var response = await _host.Client.PostAsync("/graphql", broken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("BAD_INPUT", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Syntax_and_validation_errors_use_the_library_codes()
    {
        var syntax = await _host.PostAsync("{ chains { id ");
        Assert.Equal("SYNTAX_ERROR", syntax.FirstCode);
        var unknown = await _host.PostAsync("{ chains { colour } }");
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", unknown.FirstCode);
    }
}
