using System.Collections.Concurrent;
using ChainGraph.Domain.Store;
using ChainGraph.Store.Embedded;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Server.Tests.Mcp;

/// <summary>Nothing a tool does writes; a store that fails answers STORE_UNAVAILABLE or INTERNAL as a tool error.</summary>
public sealed class McpStoreTests
{
    private static readonly string[] Writes =
        [nameof(IGraphStore.ApplyAsync), nameof(IGraphStore.DeleteSuppliesAsync), nameof(IGraphStore.DeleteAnchorsAsync), nameof(IGraphStore.DeleteRegionPrioritiesAsync)];

    [Fact]
    public async Task No_tool_resource_or_prompt_writes_to_the_store()
    {
        var calls = new ConcurrentQueue<string>();
        var recording = false;
        await using var host = new ServiceHost(overrideServices: services => services.AddSingleton<IGraphStore>(sp =>
            InterceptingStore.Wrap(sp.GetRequiredService<EmbeddedGraphStore>(), name =>
            {
                if (Volatile.Read(ref recording))
                {
                    calls.Enqueue(name);
                }
            })));
        await using var client = await McpConnections.HttpAsync(host);
        Volatile.Write(ref recording, true);

        await ToolCalls.OkAsync(client, "search", new() { ["query"] = "肇庆" });
        await ToolCalls.OkAsync(client, "chainCoverage", new() { ["regionCode"] = "441200", ["chainId"] = "es" });
        await ToolCalls.OkAsync(client, "chainGaps", new() { ["regionCode"] = "441200", ["chainId"] = "es" });
        await ToolCalls.OkAsync(client, "recruitTargets", new() { ["regionCode"] = "441200", ["segmentId"] = "es-separator", ["scope"] = "ALL" });
        await ToolCalls.OkAsync(client, "supplyPaths", new() { ["fromCompanyId"] = "senior", ["toCompanyId"] = "xpeng" });
        await ToolCalls.OkAsync(client, "projectPipeline", new() { ["regionCode"] = "441200" });
        await ToolCalls.OkAsync(client, "compareRegions", new() { ["regionCodes"] = new[] { "441200", "440600" }, ["chainId"] = "es" });
        await ToolCalls.OkAsync(client, "simulateRecruitment", new() { ["regionCode"] = "441200", ["chainId"] = "es", ["companyIds"] = new[] { "semcorp", "senior" } });
        await client.ReadResourceAsync("chaingraph://chains");
        await client.ReadResourceAsync("chaingraph://chains/es/segments");
        await client.ReadResourceAsync("chaingraph://regions/441200");
        await client.GetPromptAsync("gapAnalysis", new Dictionary<string, object?> { ["region"] = "肇庆" });

        Assert.NotEmpty(calls);
        Assert.DoesNotContain(calls, Writes.Contains);
    }

    [Fact]
    public async Task A_store_that_cannot_answer_is_a_tool_error_and_the_server_goes_on()
    {
        var failing = 0;
        await using var host = new ServiceHost(overrideServices: services => services.AddSingleton<IGraphStore>(sp =>
            InterceptingStore.Wrap(sp.GetRequiredService<EmbeddedGraphStore>(), name =>
            {
                switch (Volatile.Read(ref failing))
                {
                    case 1 when name == nameof(IGraphStore.GetRegionsAsync):
                        throw new StoreUnavailableException("neo4j is down at bolt://secret-host");
                    case 2 when name == nameof(IGraphStore.GetRegionsAsync):
                        throw new InvalidOperationException("secret connection string and internals");
                }
            })));
        await using var client = await McpConnections.HttpAsync(host);
        var arguments = new Dictionary<string, object?> { ["regionCode"] = "441200", ["chainId"] = "es" };

        Volatile.Write(ref failing, 1);
        var unavailable = await ToolCalls.ErrorAsync(client, "chainGaps", arguments);
        Assert.Equal(("STORE_UNAVAILABLE", "The store is unavailable right now; try again shortly."), (unavailable.Code(), unavailable.Message()));

        Volatile.Write(ref failing, 2);
        var unexpected = await ToolCalls.ErrorAsync(client, "chainGaps", arguments);
        Assert.Equal(("INTERNAL", "Internal error."), (unexpected.Code(), unexpected.Message()));
        Assert.DoesNotContain("secret", unexpected.GetRawText(), StringComparison.OrdinalIgnoreCase);

        Volatile.Write(ref failing, 0);
        await ToolCalls.OkAsync(client, "chainGaps", arguments);
    }
}
