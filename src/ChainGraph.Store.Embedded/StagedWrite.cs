using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Store.Embedded.Sqlite;

namespace ChainGraph.Store.Embedded;

/// <summary>
/// A write staged on the embedded store (<see cref="EmbeddedGraphStore.StageAsync"/>): it holds the store's write
/// lock, and for a large change set the file's write transaction too, whose worker is already writing the rows.
/// Committing builds the next snapshot and image and commits as any write does; disposing rolls the rows back and
/// lets the next write in.
/// </summary>
internal sealed class StagedWrite : IStagedWrite
{
    private readonly EmbeddedGraphStore _store;
    private readonly ChangeSet _changes;
    private PendingWrite? _pending;
    private bool _done;

    internal StagedWrite(EmbeddedGraphStore store, ChangeSet changes, PendingWrite? pending)
    {
        _store = store;
        _changes = changes;
        _pending = pending;
    }

    public ValueTask CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        cancellationToken.ThrowIfCancellationRequested();
        _done = true;
        var pending = _pending;
        _pending = null;
        try
        {
            _store.CommitStaged(_changes, pending);
        }
        finally
        {
            _store.ReleaseWriteLock();
        }
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        if (_done)
        {
            return;
        }
        _done = true;
        try
        {
            _pending?.Dispose();
        }
        finally
        {
            _pending = null;
            _store.ReleaseWriteLock();
        }
    }
}
