using ChainGraph.Domain.Store;
using ChainGraph.Store.Neo4j.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChainGraph.Store.Neo4j.Tests.Options;

/// <summary>ChainGraph:Neo4j is bound and validated with messages that say what to fix.</summary>
public sealed class Neo4jOptionsTests
{
    [Fact]
    public void A_valid_section_gives_the_Neo4j_store_as_the_graph_store_singleton()
    {
        using var provider = Neo4jStoreFactory.Build(Settings());
        var store = provider.GetRequiredService<IGraphStore>();
        Assert.IsType<Neo4jGraphStore>(store);
        Assert.Same(store, provider.GetRequiredService<IGraphStore>());
        var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
        Assert.Equal(("neo4j", 1000, 3), (options.Database, options.BatchSize, options.Resilience.MaxRetryAttempts));
    }

    [Theory]
    [InlineData("Uri", null, "ChainGraph:Neo4j:Uri is required")]
    [InlineData("Uri", "bolt://db.example:7687", "use http://db.example:7474")]
    [InlineData("Uri", "neo4j+s://abcd.databases.neo4j.io", "https://abcd.databases.neo4j.io for Aura")]
    [InlineData("Uri", "ftp://db.example", "must use http or https")]
    [InlineData("Password", null, "ChainGraph:Neo4j:Password is required when ChainGraph:Neo4j:User is set")]
    [InlineData("BearerToken", "token", "either User and Password or BearerToken")]
    [InlineData("Database", "", "ChainGraph:Neo4j:Database must not be empty")]
    [InlineData("Database", "no such db!", "must be a Neo4j database name")]
    [InlineData("BatchSize", "0", "BatchSize must be between 1 and 50000")]
    [InlineData("Resilience:AttemptTimeout", "00:05:00", "AttemptTimeout (00:05:00) must not be longer than TotalTimeout")]
    [InlineData("Resilience:MaxRetryAttempts", "11", "MaxRetryAttempts must be between 0 and 10")]
    public void A_bad_setting_fails_with_a_message_naming_it(string key, string? value, string message)
    {
        var settings = Settings();
        settings["ChainGraph:Neo4j:" + key] = value;
        using var provider = Neo4jStoreFactory.Build(settings);
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Neo4jOptions>>().Value);
        Assert.Contains(e.Failures, f => f.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_setting_stops_the_host_at_start()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ChainGraph:Neo4j:Uri"] = "bolt://localhost:7687" });
        builder.Services.AddNeo4jStore(builder.Configuration);
        using var host = builder.Build();
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("ChainGraph:Neo4j:Uri must use http or https", e.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["ChainGraph:Neo4j:Uri"] = "http://localhost:7474",
        ["ChainGraph:Neo4j:User"] = "neo4j",
        ["ChainGraph:Neo4j:Password"] = "verysecret",
    };
}
