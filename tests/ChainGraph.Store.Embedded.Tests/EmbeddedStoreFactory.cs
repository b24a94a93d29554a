using ChainGraph.Domain.Store;
using ChainGraph.TestSupport;

namespace ChainGraph.Store.Embedded.Tests;

/// <summary>Creates embedded stores in throw-away folders.</summary>
internal static class EmbeddedStoreFactory
{
    public static (EmbeddedGraphStore Store, TempFolder Folder) Create(IndexTiming indexes = IndexTiming.Eager)
    {
        var folder = new TempFolder();
        return (EmbeddedGraphStore.Open(folder.File("chaingraph.db"), indexes: indexes), folder);
    }

    public static Task DisposeAsync(IGraphStore store, TempFolder? folder)
    {
        (store as IDisposable)?.Dispose();
        folder?.Dispose();
        return Task.CompletedTask;
    }
}
