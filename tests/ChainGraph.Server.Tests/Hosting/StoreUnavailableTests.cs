using System.Net;
using ChainGraph.TestSupport;

namespace ChainGraph.Server.Tests.Hosting;

/// <summary>On Neo4j, a store that does not answer gives STORE_UNAVAILABLE and a failing readiness check, not a crash.</summary>
public sealed class StoreUnavailableTests
{
    [Fact]
    public async Task A_service_on_an_unreachable_neo4j_starts_and_says_so()
    {
        await using var host = new ServiceHost(settings: new Dictionary<string, string?>
        {
            ["ChainGraph:Store:Kind"] = "Neo4j",
            ["ChainGraph:Neo4j:Uri"] = $"http://127.0.0.1:{LoopbackPort.Free()}",
            ["ChainGraph:Neo4j:User"] = "neo4j",
            ["ChainGraph:Neo4j:Password"] = "not-used",
            ["ChainGraph:Neo4j:Resilience:MaxRetryAttempts"] = "1",
        });
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.Client.GetAsync("/health/ready")).StatusCode);
        var r = await host.PostAsync("{ chains { id } }");
        Assert.Equal("STORE_UNAVAILABLE", r.FirstCode);
        Assert.DoesNotContain("127.0.0.1", r.Body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_neo4j_address_stops_start_up_with_a_clear_message()
    {
        var e = Assert.ThrowsAny<Exception>(() => new ServiceHost(settings: new Dictionary<string, string?> { ["ChainGraph:Store:Kind"] = "Neo4j" }));
        Assert.Contains("ChainGraph:Neo4j:Uri is required", e.Message, StringComparison.Ordinal);
    }
}
