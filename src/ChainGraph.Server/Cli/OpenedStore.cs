using ChainGraph.Domain.Store;

namespace ChainGraph.Server.Cli;

/// <summary>A store opened for one verb, what to dispose when the verb is done, and what ends after it (a collector scope).</summary>
internal sealed class OpenedStore(IGraphStore store, IDisposable owner, IDisposable? then = null) : IDisposable
{
    public IGraphStore Store { get; } = store;

    public void Dispose()
    {
        try
        {
            owner.Dispose();
        }
        finally
        {
            then?.Dispose();
        }
    }
}
