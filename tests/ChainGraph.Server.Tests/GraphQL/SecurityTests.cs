using System.Net;
using ChainGraph.Server.Security;

namespace ChainGraph.Server.Tests.GraphQL;

/// <summary>API keys by role: mutations need an editor; reads are open unless configured otherwise.</summary>
public sealed class SecurityTests
{
    private const string EditorKey = "editor-secret-1";
    private const string ReaderKey = "reader-secret-1";
    private const string Mutation = """mutation { deleteSupply(supplierId: "catl", customerId: "xpeng") }""";

    private static Dictionary<string, string?> Keys(bool requireForReads) => new()
    {
        ["ChainGraph:Security:RequireKeyForReads"] = requireForReads ? "true" : "false",
        ["ChainGraph:Security:ApiKeys:0:Name"] = "planning-team",
        ["ChainGraph:Security:ApiKeys:0:Sha256"] = ApiKeyAuthenticator.Hash(EditorKey),
        ["ChainGraph:Security:ApiKeys:0:Role"] = "Editor",
        ["ChainGraph:Security:ApiKeys:1:Name"] = "map-ui",
        ["ChainGraph:Security:ApiKeys:1:Sha256"] = ApiKeyAuthenticator.Hash(ReaderKey).ToUpperInvariant(),
        ["ChainGraph:Security:ApiKeys:1:Role"] = "Reader",
    };

    [Fact]
    public async Task Mutations_need_an_editor_key()
    {
        await using var host = new ServiceHost(settings: Keys(requireForReads: false));
        var anonymous = await host.PostAsync(Mutation);
        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstCode));
        var reader = await host.PostAsync(Mutation, apiKey: ReaderKey);
        Assert.Equal((HttpStatusCode.Forbidden, "FORBIDDEN"), (reader.Status, reader.FirstCode));
        var wrong = await host.PostAsync(Mutation, apiKey: "not-a-key");
        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (wrong.Status, wrong.FirstCode));

        var editor = await host.PostAsync(Mutation, apiKey: EditorKey);
        Assert.False(editor.HasErrors, editor.Body.ToString());
        Assert.True(editor.Data.GetProperty("deleteSupply").GetBoolean());

        // X-Api-Key works as well as a bearer token
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = Mutation }) };
        request.Headers.Add("X-Api-Key", EditorKey);
        var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"deleteSupply\":false", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_are_open_unless_configured()
    {
        await using (var open = new ServiceHost(settings: Keys(requireForReads: false)))
        {
            Assert.False((await open.PostAsync("{ chains { id } }")).HasErrors);
        }
        await using var closed = new ServiceHost(settings: Keys(requireForReads: true));
        var anonymous = await closed.PostAsync("{ chains { id } }");
        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstCode));
        Assert.False((await closed.PostAsync("{ chains { id } }", apiKey: ReaderKey)).HasErrors);
    }

    /// <summary>One read rule (the ASP.NET Core policy) for every endpoint that serves data; the page and health checks stay open.</summary>
    [Theory]
    [InlineData("GET", "/graphql?query=%7Bchains%7Bid%7D%7D")]
    [InlineData("POST", "/graphql")]
    [InlineData("GET", "/graphql/schema.graphql")]
    [InlineData("HEAD", "/graphql/schema.graphql")]
    [InlineData("GET", "/api/map/sites.geojson")]
    [InlineData("GET", "/api/map/targets.geojson?region=441200&segment=es-separator")]
    [InlineData("GET", "/api/export/targets?region=441200&segment=es-separator&format=csv")]
    [InlineData("GET", "/api/export/targets?region=441200&segment=es-separator&format=xlsx")]
    public async Task Every_data_endpoint_follows_the_read_policy(string method, string path)
    {
        await using var host = new ServiceHost(settings: Keys(requireForReads: true));
        async Task<(HttpStatusCode Status, string Body)> SendAsync(string? key, string header = "Authorization")
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method == "POST")
            {
                request.Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ chains { id } }" });
            }
            if (key is not null)
            {
                request.Headers.TryAddWithoutValidation(header, header == "Authorization" ? "Bearer " + key : key);
            }
            using var response = await host.Client.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var anonymous = await SendAsync(null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        if (method != "HEAD")
        {
            Assert.Contains("\"UNAUTHENTICATED\"", anonymous.Body, StringComparison.Ordinal);
            Assert.Contains("this service needs an API key", anonymous.Body, StringComparison.Ordinal);
        }
        var unknown = await SendAsync("not-a-key");
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);
        if (method != "HEAD")
        {
            Assert.Contains("the API key is not valid", unknown.Body, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(ReaderKey)).Status);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(EditorKey, "X-Api-Key")).Status);
    }

    [Fact]
    public async Task The_page_and_health_checks_need_no_key()
    {
        await using var host = new ServiceHost(settings: Keys(requireForReads: true));
        foreach (var path in new[] { "/", "/graphiql.html", "/health/live", "/health/ready" })
        {
            using var response = await host.Client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        }
        using var graphiql = new HttpRequestMessage(HttpMethod.Get, "/graphql") { Headers = { { "Accept", "text/html" } } };
        using var page = await host.Client.SendAsync(graphiql);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("graphiql", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_key_is_refused_even_where_reads_are_open()
    {
        await using var host = new ServiceHost(settings: Keys(requireForReads: false));
        using var response = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/map/sites.geojson") { Headers = { { "X-Api-Key", "guess" } } });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/map/sites.geojson")).StatusCode);
    }

    [Fact]
    public void A_bad_key_setting_stops_start_up_with_a_clear_message()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ChainGraph:Security:ApiKeys:0:Name"] = "broken",
            ["ChainGraph:Security:ApiKeys:0:Sha256"] = "abc",
            ["ChainGraph:Security:ApiKeys:0:Role"] = "Editor",
        };
        var e = Assert.ThrowsAny<Exception>(() => new ServiceHost(settings: settings));
        Assert.Contains("ChainGraph:Security:ApiKeys:0 (broken): Sha256 must be 64 hex characters", e.Message, StringComparison.Ordinal);
    }
}
