using System.Reflection;
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
            services.AddSingleton<IGraphStore>(sp => FailingStore.Wrap(sp.GetRequiredService<EmbeddedGraphStore>(), nameof(IGraphStore.GetChainsAsync))));
        var r = await host.PostAsync("{ chains { id } }");
        Assert.Equal("INTERNAL", r.FirstCode);
        Assert.Equal("Internal error.", r.FirstError.GetProperty("message").GetString());
        var body = r.Body.ToString();
        Assert.DoesNotContain("secret", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        // the rest of the API still answers
        Assert.False((await host.PostAsync("""{ company(id: "xpeng") { nameZh } }""")).HasErrors);
    }

    /// <summary>The real store, except that one method throws an unexpected exception.</summary>
    public class FailingStore : DispatchProxy
    {
        private IGraphStore _inner = null!;
        private string _failing = "";

        public static IGraphStore Wrap(IGraphStore inner, string failing)
        {
            var proxy = Create<IGraphStore, FailingStore>();
            var self = (FailingStore)(object)proxy;
            self._inner = inner;
            self._failing = failing;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name == _failing)
            {
                throw new InvalidOperationException("secret connection string and internals");
            }
            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }
    }
}
