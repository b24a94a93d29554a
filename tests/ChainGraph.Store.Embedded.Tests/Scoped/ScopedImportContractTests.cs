using ChainGraph.Domain.Store;
using ChainGraph.TestSupport;
using ChainGraph.TestSupport.Contract;

namespace ChainGraph.Store.Embedded.Tests.Scoped;

/// <summary>The import contract (rows, lookups, listings), read through the scoped reader.</summary>
public sealed class ScopedImportContractTests : ImportContract
{
    private TempFolder? _folder;

    protected override Task<IGraphStore> CreateEmptyStoreAsync()
    {
        (var store, _folder) = ScopedReads.Create();
        return Task.FromResult(store);
    }

    protected override Task DisposeStoreAsync(IGraphStore store) => ScopedReads.DisposeAsync(store, _folder);
}
