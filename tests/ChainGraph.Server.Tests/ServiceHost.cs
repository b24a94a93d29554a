using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChainGraph.Server.Hosting;
using ChainGraph.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Server.Tests;

/// <summary>
/// The real service (same builder as <c>serve</c>) on the in-memory test server, with its own embedded
/// store seeded from a fixture. Requests go through the whole ASP.NET Core pipeline.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private readonly WebApplication _app;

    public ServiceHost(string seed = "mini", IDictionary<string, string?>? settings = null, Action<IServiceCollection>? overrideServices = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["ChainGraph:Embedded:Path"] = _folder.File("chaingraph.db"),
            ["ChainGraph:Seed:Path"] = seed == "graph-seed" ? Repo.GraphSeed : Repo.Fixture(seed),
            ["Logging:LogLevel:Default"] = "Warning",
            // the warm-up wraps the server, and the test client needs the test server itself
            ["ChainGraph:WarmUp:Enabled"] = "false",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            all[k] = v;
        }
        _app = ChainGraphWebApp.Build(all, b => b.WebHost.UseTestServer(), overrideServices);
        _app.StartAsync().GetAwaiter().GetResult();
        Client = _app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new("Bearer", apiKey);
        }
        using var response = await Client.SendAsync(request);
        return new GraphQLResponse(response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _folder.Dispose();
    }
}

/// <summary>A GraphQL response: HTTP status and body.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, JsonElement Body)
{
    public JsonElement Data => Body.GetProperty("data");

    public bool HasErrors => Body.TryGetProperty("errors", out var e) && e.GetArrayLength() > 0;

    public JsonElement FirstError => Body.GetProperty("errors")[0];

    public string? FirstCode => FirstError.GetProperty("extensions").GetProperty("code").GetString();

    public string[] Codes => Body.TryGetProperty("errors", out var e)
        ? e.EnumerateArray().Select(x => x.GetProperty("extensions").GetProperty("code").GetString()!).ToArray()
        : [];
}
