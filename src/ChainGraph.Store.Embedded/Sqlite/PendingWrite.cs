using ChainGraph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>
/// A write under way (<see cref="SqliteGraphFile.BeginWrite"/>): its transaction holds the store's write lock, and a
/// worker thread writes the change set's rows while the caller builds the next snapshot and its graph image, so that
/// the two halves of a large import share the machine's cores. <see cref="Commit"/> waits for the rows, adds the image
/// and commits; <see cref="Dispose"/> without a commit waits for the worker and rolls the transaction back, so nothing
/// of the write is kept.
/// </summary>
internal sealed class PendingWrite : IDisposable
{
    private readonly SqliteGraphFile _file;
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly bool _rebuildIndexes;
    private readonly CancellationTokenSource _abandoned = new();
    private readonly Lock _queue = new(); // Then may be called from the thread reading a data set
    private Task _rows = Task.CompletedTask;
    private bool _done;

    internal PendingWrite(SqliteGraphFile file, SqliteConnection connection, SqliteTransaction transaction, bool rollbackJournal, bool rebuildIndexes)
    {
        _file = file;
        _connection = connection;
        _transaction = transaction;
        UsesRollbackJournal = rollbackJournal;
        _rebuildIndexes = rebuildIndexes;
    }

    /// <summary>Whether this write goes through SQLite's rollback journal rather than the write-ahead log (see <see cref="SqliteGraphFile.BeginWrite"/>).</summary>
    public bool UsesRollbackJournal { get; }

    /// <summary>The checksum stamped on the graph image <see cref="Commit"/> wrote (null before, or when it wrote none).</summary>
    public string? WrittenImageChecksum { get; private set; }

    /// <summary>
    /// Queues work on the connection after what is queued already, on the write's worker thread; it does not run if
    /// the work before it failed, and stops between tables once the write is abandoned.
    /// </summary>
    internal void Then(Action<CancellationToken> rows)
    {
        lock (_queue)
        {
            ObjectDisposedException.ThrowIf(_done, this);
            var token = _abandoned.Token;
            _rows = _rows.ContinueWith(
                before =>
                {
                    before.GetAwaiter().GetResult();
                    rows(token);
                },
                CancellationToken.None,
                TaskContinuationOptions.LongRunning,
                TaskScheduler.Default);
        }
    }

    /// <summary>The last of the work queued.</summary>
    private Task Queued()
    {
        lock (_queue)
        {
            return _rows;
        }
    }

    /// <summary>The rows of more tables of a write begun with its first tables, written after those queued.</summary>
    public void Add(ChangeSet more) =>
        Then(abandoned => SqliteGraphFile.WriteTables(_connection, _transaction, more, abandoned));

    /// <summary>
    /// The rest of a write begun with some of the tables of <paramref name="whole"/> (<paramref name="written"/>, by table
    /// name): the other tables' rows, then the secondary indexes and deletions.
    /// </summary>
    public void Extend(IReadOnlySet<string> written, ChangeSet whole) =>
        Then(abandoned => SqliteGraphFile.WriteRest(_connection, _transaction, written, whole, _rebuildIndexes, abandoned));

    /// <summary>
    /// Waits for the rows, writes the image (null: it follows later, see <see cref="SqliteGraphFile.WriteImageIfAt(ReadOnlyMemory{byte}, long)"/>) and
    /// site lists, commits; returns the data version committed.
    /// </summary>
    public long Commit(ReadOnlyMemory<byte>? image, SiteKeyLists lists)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        try
        {
            Queued().GetAwaiter().GetResult();
        }
        catch (SqliteException e) when (SqliteFailure.Reason(e) is { } reason)
        {
            throw SqliteFailure.ForWrite(e, reason, _file.FilePath);
        }
        var (version, checksum) = _file.Complete(_connection, _transaction, image, lists);
        WrittenImageChecksum = checksum;
        _done = true;
        _transaction.Dispose();
        Close();
        return version;
    }

    public void Dispose()
    {
        if (_done)
        {
            return;
        }
        _done = true;
        // the worker may still be writing on the connection: stop it at its next step (and any work queued after it
        // before it starts), and let it end before rolling back
        _abandoned.Cancel();
        var rows = Queued();
        if (!rows.IsCompleted)
        {
            SQLitePCL.raw.sqlite3_interrupt(_connection.Handle);
        }
        try
        {
            rows.Wait();
        }
        catch (AggregateException)
        {
            // its failure has been or will be reported by Commit; here the write is only abandoned
        }
        _transaction.Dispose(); // rolls back what was not committed
        Close();
    }

    private void Close()
    {
        _abandoned.Dispose();
        if (UsesRollbackJournal)
        {
            SqliteGraphFile.RestoreWriteAheadLog(_connection);
        }
        _connection.Dispose();
    }
}
