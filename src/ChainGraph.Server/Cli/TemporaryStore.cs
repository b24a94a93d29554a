using ChainGraph.Store.Embedded;

namespace ChainGraph.Server.Cli;

/// <summary>A throwaway embedded store and its folder, deleted when the verb is done.</summary>
internal sealed class TemporaryStore(EmbeddedGraphStore store, DirectoryInfo folder) : IDisposable
{
    public void Dispose()
    {
        store.Dispose();
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }
}
