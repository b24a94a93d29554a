using System.Net;
using ChainGraph.Server.Security;

namespace ChainGraph.Server.Tests.Hosting;

/// <summary>What an integrating developer's client meets: CORS, compression, validators and caching headers.</summary>
public sealed class HttpIntegrationTests
{
    private const string Dashboard = "https://dashboard.example.gov.cn";

    [Fact]
    public async Task A_configured_origin_gets_its_preflight_answered_and_no_other_origin_does()
    {
        await using var host = new ServiceHost(settings: new Dictionary<string, string?> { ["ChainGraph:Http:AllowedOrigins:0"] = Dashboard });

        using var preflight = await host.Client.SendAsync(Preflight(Dashboard));
        Assert.True(preflight.IsSuccessStatusCode, preflight.StatusCode.ToString());
        Assert.Equal(Dashboard, Assert.Single(preflight.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Credentials"));

        using var other = await host.Client.SendAsync(Preflight("https://evil.example.com"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent("""{"query":"{ chains { id } }"}""") };
        request.Headers.Add("Origin", Dashboard);
        using var answer = await host.Client.SendAsync(request);
        Assert.Equal(Dashboard, Assert.Single(answer.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task By_default_no_origin_is_allowed()
    {
        await using var host = new ServiceHost();
        using var preflight = await host.Client.SendAsync(Preflight(Dashboard));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task An_origin_with_a_path_is_refused_at_start()
    {
        var e = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = new ServiceHost(settings: new Dictionary<string, string?> { ["ChainGraph:Http:AllowedOrigins:0"] = "https://x.example.cn/app" });
            await host.PostAsync("{ chains { id } }");
        });
        Assert.Contains("is not an origin", e.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task GeoJson_and_answers_are_compressed_when_the_client_accepts_it(string encoding)
    {
        await using var host = new ServiceHost("graph-seed");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/map/sites.geojson");
        request.Headers.Add("Accept-Encoding", encoding);
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Theory]
    [InlineData("/api/map/sites.geojson?region=441200")]
    [InlineData("/api/export/targets?region=441200&segment=es-separator&format=csv")]
    [InlineData("/graphql/schema.graphql")]
    public async Task Documents_carry_an_etag_answer_304_when_unchanged_and_head_without_a_body(string path)
    {
        await using var host = new ServiceHost(settings: new Dictionary<string, string?>
        {
            ["ChainGraph:Security:ApiKeys:0:Name"] = "curator",
            ["ChainGraph:Security:ApiKeys:0:Sha256"] = ApiKeyAuthenticator.Hash("editor-key-0123456789"),
            ["ChainGraph:Security:ApiKeys:0:Role"] = "Editor",
        });
        using var first = await host.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var tag = first.Headers.ETag!;
        Assert.True(first.Headers.CacheControl!.NoCache);

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(tag);
        using var notModified = await host.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var head = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(tag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        if (!path.StartsWith("/graphql", StringComparison.Ordinal))
        {
            // A write that changes the answer changes the tag.
            var write = await host.PostAsync("""mutation { upsertCompany(input: { id: "semcorp", nameZh: "恩捷股份(改)", tags: [LISTED] }) { id } }""", apiKey: "editor-key-0123456789");
            Assert.False(write.HasErrors, write.Body.ToString());
            await host.PostAsync("""mutation { upsertSite(input: { id: "zq-new", companyId: "semcorp", regionCode: "441200", lat: 23.05, lon: 112.47, kind: PLANT, segmentIds: ["es-separator"] }) { id } }""", apiKey: "editor-key-0123456789");
            using var changed = await host.Client.GetAsync(path);
            Assert.NotEqual(tag, changed.Headers.ETag);
        }
    }

    [Theory]
    [InlineData("{ chains { id } ", 400)] // does not parse
    [InlineData("{ chains { nope } }", 400)] // does not validate
    [InlineData("{ chains { id } }", 200)]
    [InlineData("{ recruitTargets(regionCode: \"nowhere\", segmentId: \"es\") { score } }", 200)] // executed: a field error
    public async Task GraphQL_over_HTTP_media_type_and_status_codes_when_the_client_asks_for_them(string query, int status)
    {
        await using var host = new ServiceHost();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent(System.Text.Json.JsonSerializer.Serialize(new { query })) };
        request.Headers.Add("Accept", "application/graphql-response+json, application/json;q=0.9");
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);

        // Without asking: application/json and 200 for every GraphQL answer, as before.
        using var plain = await host.Client.PostAsync("/graphql", JsonContent(System.Text.Json.JsonSerializer.Serialize(new { query })));
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal("application/json", plain.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Cursors_are_opaque_and_a_made_up_one_is_bad_input()
    {
        await using var host = new ServiceHost();
        var bad = await host.PostAsync("""{ companies(after: "garbage") { totalCount } }""");
        Assert.Equal("BAD_INPUT", bad.FirstCode);
        Assert.StartsWith("after:", bad.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        var page = await host.PostAsync("""{ companies(first: 2) { pageInfo { endCursor } edges { cursor node { id } } } }""");
        var end = page.Data.GetProperty("companies").GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
        Assert.NotEqual(page.Data.GetProperty("companies").GetProperty("edges")[1].GetProperty("node").GetProperty("id").GetString(), end);
        var next = await host.PostAsync("query($a: String) { companies(first: 2, after: $a) { edges { node { id } } } }", new { a = end });
        Assert.False(next.HasErrors, next.Body.ToString());
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
