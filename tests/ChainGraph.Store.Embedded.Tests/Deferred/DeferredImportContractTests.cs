using ChainGraph.Domain.Store;
using ChainGraph.TestSupport;
using ChainGraph.TestSupport.Contract;

namespace ChainGraph.Store.Embedded.Tests.Deferred;

/// <summary>
/// The import contract against an embedded store that builds its indexes when a question first needs them
/// (<see cref="IndexTiming.WhenAsked"/>, how the command-line import opens it): every write leaves the next snapshot
/// unindexed, so each question of the suite runs on indexes built on demand.
/// </summary>
public sealed class DeferredImportContractTests : ImportContract
{
    private TempFolder? _folder;

    protected override Task<IGraphStore> CreateEmptyStoreAsync()
    {
        (var store, _folder) = EmbeddedStoreFactory.Create(IndexTiming.WhenAsked);
        return Task.FromResult<IGraphStore>(store);
    }

    protected override Task DisposeStoreAsync(IGraphStore store) => EmbeddedStoreFactory.DisposeAsync(store, _folder);
}
