using ChainGraph.Domain.Store;
using ChainGraph.Store.Embedded;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Server.Tests.GraphQL;

/// <summary>Outside Development, an unexpected failure says INTERNAL and nothing about its insides.</summary>
public sealed class InternalErrorTests
{
    [Fact]
    public async Task Unexpected_errors_hide_their_details()
    {
        await using var host = new ServiceHost(overrideServices: services =>
            services.AddSingleton<IGraphStore>(sp => InterceptingStore.Wrap(sp.GetRequiredService<EmbeddedGraphStore>(), FailOn(nameof(IGraphStore.GetChainsAsync)))));
        var r = await host.PostAsync("{ chains { id } }");
        Assert.Equal("INTERNAL", r.FirstCode);
        Assert.Equal("Internal error.", r.FirstError.GetProperty("message").GetString());
        var body = r.Body.ToString();
        Assert.DoesNotContain("secret", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        // the rest of the API still answers
        Assert.False((await host.PostAsync("""{ company(id: "xpeng") { nameZh } }""")).HasErrors);
    }

    /// <summary>A hook that makes one method of the store throw an unexpected exception.</summary>
    private static Action<string> FailOn(string method) => name =>
    {
        if (name == method)
        {
            throw new InvalidOperationException("secret connection string and internals");
        }
    };
}
