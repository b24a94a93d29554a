using ChainGraph.Domain.Store;
using ChainGraph.Import;

namespace ChainGraph.TestSupport.Contract;

/// <summary>
/// Base of the store contract suite: each store's test project derives from the contract classes and
/// says how to make an empty store. Every test starts from an empty store.
/// </summary>
public abstract class StoreContractBase : IAsyncLifetime
{
    private IGraphStore? _store;

    protected IGraphStore Store => _store ?? throw new InvalidOperationException("store not created yet");

    /// <summary>Creates a store with nothing in it.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    /// <summary>Releases the store (and whatever it holds).</summary>
    protected virtual Task DisposeStoreAsync(IGraphStore store) => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        _store = await CreateEmptyStoreAsync();
        await LoadAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await DisposeStoreAsync(_store);
        }
        GC.SuppressFinalize(this);
    }

    /// <summary>What each test starts with; the default is nothing.</summary>
    protected virtual Task LoadAsync() => Task.CompletedTask;

    protected async Task ImportAsync(string folder, bool replace = false)
    {
        var result = await DataSetImporter.RunAsync(folder, Store, replace, apply: true);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
    }
}
