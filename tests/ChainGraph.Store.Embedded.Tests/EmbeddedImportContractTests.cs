using ChainGraph.Domain.Store;
using ChainGraph.TestSupport;
using ChainGraph.TestSupport.Contract;

namespace ChainGraph.Store.Embedded.Tests;

public sealed class EmbeddedImportContractTests : ImportContract
{
    private TempFolder? _folder;

    protected override Task<IGraphStore> CreateEmptyStoreAsync()
    {
        (var store, _folder) = EmbeddedStoreFactory.Create();
        return Task.FromResult<IGraphStore>(store);
    }

    protected override Task DisposeStoreAsync(IGraphStore store) => EmbeddedStoreFactory.DisposeAsync(store, _folder);
}
