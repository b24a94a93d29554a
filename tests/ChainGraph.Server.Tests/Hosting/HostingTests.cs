using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace ChainGraph.Server.Tests.Hosting;

public sealed class HostingTests
{
    [Fact]
    public async Task Health_endpoints_answer()
    {
        await using var host = new ServiceHost();
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/live")).StatusCode);
        var ready = await host.Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_browser_gets_graphiql_with_its_assets_served_locally()
    {
        await using var host = new ServiceHost();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        var page = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        foreach (var asset in new[] { "/lib/graphiql/graphiql.min.js", "/lib/graphiql/graphiql.min.css", "/lib/graphiql/react.production.min.js", "/lib/graphiql/react-dom.production.min.js" })
        {
            Assert.Contains(asset, html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync(asset)).StatusCode);
        }
    }

    [Fact]
    public async Task The_sdl_is_served()
    {
        await using var host = new ServiceHost();
        var sdl = await host.Client.GetStringAsync("/graphql/schema.graphql");
        // Arguments are printed one per line, each under its description.
        var gaps = sdl[sdl.IndexOf("  chainGaps(", StringComparison.Ordinal)..];
        gaps = gaps[..(gaps.IndexOf("): [ChainGap!]!", StringComparison.Ordinal) + 15)];
        Assert.Contains("regionCode: ID!", gaps, StringComparison.Ordinal);
        Assert.Contains("chainId: ID!", gaps, StringComparison.Ordinal);
        Assert.Contains("weakBelow: Int = 2", gaps, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_client_is_rate_limited()
    {
        await using var host = new ServiceHost(settings: new Dictionary<string, string?>
        {
            ["ChainGraph:RateLimit:PermitsPerSecond"] = "1",
            ["ChainGraph:RateLimit:Burst"] = "3",
        });
        var answers = new List<(HttpStatusCode Status, string? Code)>();
        for (var i = 0; i < 6; i++)
        {
            var r = await host.PostAsync("{ chains { id } }");
            answers.Add((r.Status, r.HasErrors ? r.FirstCode : null));
        }
        Assert.Equal(HttpStatusCode.OK, answers[0].Status);
        // a token may come back between two requests, so the test looks at the refused ones, not at a position
        var refused = answers.Where(a => a.Status == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, a => Assert.Equal("RATE_LIMITED", a.Code));
    }

    [Fact]
    public async Task The_store_is_seeded_only_when_empty()
    {
        await using var host = new ServiceHost();
        var stats = await host.Services.GetRequiredService<ChainGraph.Domain.Store.IGraphStore>().GetStatsAsync();
        Assert.Equal(15, stats.Companies);
    }
}
