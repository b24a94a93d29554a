using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Store.Embedded.Sqlite;
using ChainGraph.Store.Embedded.Sqlite.Codecs;

namespace ChainGraph.Store.Embedded;

/// <summary>
/// A write staged on the embedded store (<see cref="EmbeddedGraphStore.StageAsync(ChangeSet, CancellationToken)"/>): it
/// holds the store's write lock, and for a large change set the file's write transaction too, whose worker is already
/// writing the rows. A write staged with its first tables only (<see cref="EmbeddedGraphStore.StageFirstAsync"/>) takes
/// the rest through <see cref="Extend"/>, written after them by the same worker. Committing builds the next snapshot and
/// image and commits as any write does; disposing rolls the rows back and lets the next write in.
/// </summary>
internal sealed class StagedWrite : IStagedWrite
{
    private readonly EmbeddedGraphStore _store;
    private readonly Lock _gate = new();
    private readonly List<ChangeSet> _parts = [];
    private ChangeSet _changes;
    private PendingWrite? _pending;
    private bool _complete;
    private bool _done;

    internal StagedWrite(EmbeddedGraphStore store, ChangeSet changes, PendingWrite? pending, bool complete)
    {
        _store = store;
        _changes = changes;
        _pending = pending;
        _complete = complete;
        _parts.Add(changes);
    }

    public void Add(ChangeSet more)
    {
        ArgumentNullException.ThrowIfNull(more);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_done, this);
            if (_complete)
            {
                throw new InvalidOperationException("rows are added to a write staged with its first tables, before it is extended");
            }
            if (more.ReplaceAll || Deletes(more))
            {
                throw new ArgumentException("rows added to a staged write neither replace the store nor delete rows", nameof(more));
            }
            _parts.Add(more);
            // without a file write under way (too few rows to begin one) they wait for the whole change set
            _pending?.Add(more);
        }
    }

    /// <summary>Whether <paramref name="changes"/> deletes rows (which a write staged in parts cannot hold).</summary>
    internal static bool Deletes(ChangeSet changes) =>
        changes.DeletedSupplies.Count + changes.DeletedAnchors.Count + changes.DeletedRegionPriorities.Count > 0;

    public void Extend(ChangeSet whole)
    {
        ArgumentNullException.ThrowIfNull(whole);
        lock (_gate)
        {
            ExtendLocked(whole);
        }
    }

    private void ExtendLocked(ChangeSet whole)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        if (_complete)
        {
            throw new InvalidOperationException("this staged write has its whole change set already: only a write staged with its first tables is extended, once");
        }
        var first = _changes;
        if (whole.ReplaceAll != first.ReplaceAll)
        {
            throw new ArgumentException("the whole change set must replace the store if and only if its first tables did", nameof(whole));
        }
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in EntityTables.All)
        {
            var staged = _parts.Sum(table.Count);
            if (staged > 0 && table.Count(whole) != staged)
            {
                throw new ArgumentException($"the change set has {table.Count(whole)} rows of {table.Table} where {staged} were staged", nameof(whole));
            }
            if (staged > 0)
            {
                written.Add(table.Table);
            }
        }
        _complete = true;
        _changes = whole;
        if (_pending is not null)
        {
            _pending.Extend(written, whole);
        }
        else
        {
            _pending = _store.BeginStaged(whole, complete: true);
        }
    }

    public ValueTask CommitAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_done, this);
            if (!_complete)
            {
                throw new InvalidOperationException("a write staged with its first tables is committed after Extend has brought the whole change set");
            }
            cancellationToken.ThrowIfCancellationRequested();
            _done = true;
        }
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
        lock (_gate)
        {
            if (_done)
            {
                return;
            }
            _done = true;
        }
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
