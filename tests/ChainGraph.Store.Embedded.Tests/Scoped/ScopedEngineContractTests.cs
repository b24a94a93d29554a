using ChainGraph.Domain.Store;
using ChainGraph.TestSupport;
using ChainGraph.TestSupport.Contract;

namespace ChainGraph.Store.Embedded.Tests.Scoped;

/// <summary>The engine contract, read through the scoped reader.</summary>
public sealed class ScopedEngineContractTests : EngineContract
{
    private TempFolder? _folder;

    protected override Task<IGraphStore> CreateEmptyStoreAsync()
    {
        (var store, _folder) = ScopedReads.Create();
        return Task.FromResult(store);
    }

    protected override Task DisposeStoreAsync(IGraphStore store) => ScopedReads.DisposeAsync(store, _folder);
}
