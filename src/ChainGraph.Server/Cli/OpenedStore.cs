using ChainGraph.Domain.Store;

namespace ChainGraph.Server.Cli;

/// <summary>A store opened for one verb, and what to dispose when the verb is done.</summary>
internal sealed class OpenedStore(IGraphStore store, IDisposable owner) : IDisposable
{
    public IGraphStore Store { get; } = store;

    public void Dispose() => owner.Dispose();
}
