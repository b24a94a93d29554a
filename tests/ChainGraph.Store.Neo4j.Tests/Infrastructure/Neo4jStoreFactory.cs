using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>Neo4j stores wired as the server wires them (AddNeo4jStore over configuration).</summary>
internal static class Neo4jStoreFactory
{
    /// <summary>A store over the test server's database, emptied (MATCH (n) DETACH DELETE n) and with the schema in place.</summary>
    public static async Task<(Neo4jGraphStore Store, ServiceProvider Provider)> CreateEmptyAsync()
    {
        var endpoint = await Neo4jTestServer.GetAsync();
        var settings = new Dictionary<string, string?>
        {
            ["ChainGraph:Neo4j:Uri"] = endpoint.Uri.ToString(),
            ["ChainGraph:Neo4j:User"] = endpoint.User,
            ["ChainGraph:Neo4j:Password"] = endpoint.Password,
            ["ChainGraph:Neo4j:Database"] = endpoint.Database,
            // small batches so that the mini fixture crosses batch boundaries
            ["ChainGraph:Neo4j:BatchSize"] = "4",
        };
        var provider = Build(settings);
        var store = provider.GetRequiredService<Neo4jGraphStore>();
        await store.ClearDatabaseAsync();
        await store.EnsureSchemaAsync();
        return (store, provider);
    }

    public static ServiceProvider Build(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddNeo4jStore(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
