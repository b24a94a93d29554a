using ChainGraph.Store.Neo4j.Client;
using ChainGraph.Store.Neo4j.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Store.Neo4j.Tests.Client;

/// <summary>The store and its client wired by AddNeo4jStore against a fake server, with fast retries.</summary>
internal sealed class ClientHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private ClientHarness(ServiceProvider provider) => _provider = provider;

    /// <summary>A new typed client (typed clients are transient; the store keeps one).</summary>
    public Neo4jQueryClient Client => _provider.GetRequiredService<Neo4jQueryClient>();

    public Neo4jGraphStore Store => _provider.GetRequiredService<Neo4jGraphStore>();

    public static ClientHarness For(Uri uri, params (string Key, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ChainGraph:Neo4j:Uri"] = uri.ToString(),
            ["ChainGraph:Neo4j:User"] = "neo4j",
            ["ChainGraph:Neo4j:Password"] = "verysecret",
            ["ChainGraph:Neo4j:EnsureSchema"] = "false",
            ["ChainGraph:Neo4j:Resilience:RetryDelay"] = "00:00:00.001",
            ["ChainGraph:Neo4j:Resilience:MaxRetryDelay"] = "00:00:00.005",
            ["ChainGraph:Neo4j:Resilience:MaxRetryAttempts"] = "2",
            ["ChainGraph:Neo4j:Resilience:AttemptTimeout"] = "00:00:05",
            ["ChainGraph:Neo4j:Resilience:TotalTimeout"] = "00:00:20",
            ["ChainGraph:Neo4j:Resilience:SamplingDuration"] = "00:00:30",
            ["ChainGraph:Neo4j:Resilience:MinimumThroughput"] = "1000",
        };
        foreach (var (key, value) in overrides)
        {
            settings["ChainGraph:Neo4j:" + key] = value;
        }
        return new ClientHarness(Neo4jStoreFactory.Build(settings));
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
