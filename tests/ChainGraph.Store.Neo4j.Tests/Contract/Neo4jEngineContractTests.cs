using ChainGraph.Domain.Store;
using ChainGraph.Store.Neo4j.Tests.Infrastructure;
using ChainGraph.TestSupport.Contract;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Store.Neo4j.Tests.Contract;

/// <summary>The engine contract on Neo4j; skipped with the reason when there is no Neo4j to run it on.</summary>
[Collection(SharedNeo4jDatabase.Name)]
public sealed class Neo4jEngineContractTests : EngineContract
{
    private ServiceProvider? _provider;

    public Neo4jEngineContractTests() => Neo4jAvailability.SkipUnlessAvailable();

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        (var store, _provider) = await Neo4jStoreFactory.CreateEmptyAsync();
        return store;
    }

    protected override async Task DisposeStoreAsync(IGraphStore store)
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }
}
