using System.Diagnostics;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.Store.Embedded.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChainGraph.Store.Embedded;

/// <summary>
/// The zero-setup store. SQLite holds the truth; an immutable <see cref="GraphSnapshot"/> answers reads.
/// A write commits to SQLite, then swaps in a new snapshot, so a reader sees a write entirely or not at all.
/// Writes are serialised; reads never wait.
/// </summary>
public sealed partial class EmbeddedGraphStore : IGraphStore, IBoundedCandidateReader, IStagedWriter, IDisposable
{
    private readonly SqliteGraphFile _file;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private volatile GraphSnapshot _snapshot;
    private volatile string? _writeFailure;
    private long _version;
    private readonly ImageLater _imageLater;
    private readonly bool _deferIndexes;

    private EmbeddedGraphStore(SqliteGraphFile file, GraphSnapshot snapshot, ILogger logger, IReadOnlyList<string> warnings, bool deferIndexes)
    {
        _deferIndexes = deferIndexes;
        _imageLater = new ImageLater(this);
        _file = file;
        _snapshot = snapshot;
        _logger = logger;
        OpenWarnings = warnings;
        _version = file.LoadedVersion;
    }

    /// <summary>The snapshot reads are answered from.</summary>
    internal GraphSnapshot CurrentSnapshot => _snapshot;

    /// <summary>The data version of the snapshot reads are answered from.</summary>
    internal long DataVersion => Interlocked.Read(ref _version);

    /// <summary>What an operator should know about the file as it was opened (also logged as warnings); empty when all is well.</summary>
    public IReadOnlyList<string> OpenWarnings { get; }

    /// <summary>
    /// Opens (creating when missing) the store file and builds the in-memory indexes, at once or, with
    /// <see cref="IndexTiming.WhenAsked"/>, when a question first needs them.
    /// </summary>
    public static EmbeddedGraphStore Open(string path, ILogger? logger = null, IndexTiming indexes = IndexTiming.Eager)
    {
        var clock = Stopwatch.StartNew();
        return OpenFile(new SqliteGraphFile(path), logger ?? NullLogger.Instance, indexes, clock);
    }

    /// <summary>Opens the store over a file already made (its integrity check started), timed from <paramref name="clock"/>'s start.</summary>
    private static EmbeddedGraphStore OpenFile(SqliteGraphFile file, ILogger logger, IndexTiming indexes, Stopwatch clock)
    {
        var deferIndexes = indexes == IndexTiming.WhenAsked;
        GraphData data;
        try
        {
            // a store whose indexes wait until asked for reads no index image: it may never build them
            data = file.Load(withIndexImage: !deferIndexes);
        }
        catch
        {
            file.RequireIntact();
            throw;
        }
        file.RequireIntact();
        var readMs = clock.ElapsedMilliseconds;
        // an image that was not used is written again, from the rows just read, while they are indexed
        var image = ReadOnlyMemory<byte>.Empty;
        var snapshot = new GraphSnapshot(data, alongside: file.ImageProblem is not null && !file.IsReadOnly ? s => image = GraphImage.Write(s) : null, deferIndexes: deferIndexes);
        var indexMs = clock.ElapsedMilliseconds - readMs;
        var warnings = new List<string>();
        string? rewritten = null;
        if (file.MissingWrites is { } missing)
        {
            Log.WritesMissing(logger, missing);
            warnings.Add(missing);
        }
        if (file.ImageProblem is { } problem)
        {
            // The rows are the truth and have been read; the image is only a cache: write a good one.
            Log.ImageRejected(logger, file.FilePath, problem, !file.IsReadOnly);
            warnings.Add($"the graph image of {file.FilePath} was not used ({problem}): the rows were loaded instead" + (file.IsReadOnly ? "" : ", and the image rewritten"));
            if (!file.IsReadOnly)
            {
                // stamped with the version the rows were read at, and only while the file is still at it
                file.WriteImageIfAt(image, file.LoadedVersion, out rewritten);
            }
        }
        if (!file.IsReadOnly && !file.SiteListsAreOf(file.LoadedVersion))
        {
            // A store written before the site key lists existed gets them now (when nobody wrote meanwhile).
            file.RewriteSiteListsIfStale(SiteKeyLists.Of(snapshot), file.LoadedVersion);
        }
        if (file.IsReadOnly)
        {
            Log.OpenedReadOnly(logger, file.FilePath);
            warnings.Add($"{file.FilePath} is read-only (the file or its folder is not writable): questions are answered, every write is refused");
        }
        Log.Opened(logger, file.FilePath, snapshot.Companies.Length, snapshot.Sites.Length, clock.ElapsedMilliseconds, readMs, indexMs);
        var store = new EmbeddedGraphStore(file, snapshot, logger, warnings, deferIndexes);
        store.AfterLoad(snapshot, file.LoadedFromImage ? file.LoadedImageChecksum : rewritten);
        return store;
    }

    public async ValueTask ApplyAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Commit(changes);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Takes the write lock and, for a change set of <see cref="SecondaryIndexes.RebuildFromRows"/> rows or more, opens
    /// the file's write transaction and starts writing the rows on a worker thread, while the caller validates them.
    /// When the transaction cannot be opened now (another process has written since this store read the file, or the
    /// file cannot be written), the rows wait for the commit, which then does what <see cref="ApplyAsync"/> does: read
    /// the other process's rows first, or report the file's problem.
    /// </summary>
    public ValueTask<IStagedWrite> StageAsync(ChangeSet changes, CancellationToken cancellationToken = default) =>
        StageAsync(changes, complete: true, cancellationToken);

    /// <summary>
    /// As <see cref="StageAsync(ChangeSet, CancellationToken)"/> for the first tables of a change set; the write
    /// decides how to write (at once or at the commit, secondary indexes rebuilt or kept) from them, or, when they are
    /// too few to start writing now, from the whole change set when it comes (<see cref="StagedWrite.Extend"/>).
    /// A change set that deletes rows cannot be staged in parts.
    /// </summary>
    public ValueTask<IStagedWrite> StageFirstAsync(ChangeSet first, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(first);
        if (StagedWrite.Deletes(first))
        {
            throw new ArgumentException("a change set that deletes rows is staged whole (StageAsync), not in parts", nameof(first));
        }
        return StageAsync(first, complete: false, cancellationToken);
    }

    private async ValueTask<IStagedWrite> StageAsync(ChangeSet changes, bool complete, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        PendingWrite? pending = null;
        try
        {
            pending = BeginStaged(changes, complete);
        }
        catch
        {
            _writeLock.Release();
            throw;
        }
        return new StagedWrite(this, changes, pending, complete);
    }

    /// <summary>
    /// Begins a staged write's file write when it has enough rows to be written while its caller goes on (null otherwise,
    /// or when the file cannot be written to now: the commit then reads the other process's rows first or reports why).
    /// </summary>
    internal PendingWrite? BeginStaged(ChangeSet changes, bool complete)
    {
        try
        {
            return changes.RowCount >= SecondaryIndexes.RebuildFromRows ? _file.BeginWrite(changes, _version, complete) : null;
        }
        catch (Exception e) when (e is StaleSnapshotException or StoreUnavailableException)
        {
            return null;
        }
    }

    /// <summary>Commits a staged write (under the write lock it holds), starting from its begun file write if any.</summary>
    internal void CommitStaged(ChangeSet changes, PendingWrite? begun) => Commit(changes, begun);

    internal void ReleaseWriteLock() => _writeLock.Release();

    public ValueTask<int> DeleteSuppliesAsync(IReadOnlyCollection<SupplyKey> keys, CancellationToken cancellationToken = default) =>
        DeleteAsync(keys, (d, k) => d.Supplies.Contains(k), existing => new ChangeSet { DeletedSupplies = existing }, cancellationToken);

    public ValueTask<int> DeleteAnchorsAsync(IReadOnlyCollection<AnchorKey> keys, CancellationToken cancellationToken = default) =>
        DeleteAsync(keys, (d, k) => d.Anchors.ContainsKey(k), existing => new ChangeSet { DeletedAnchors = existing }, cancellationToken);

    public ValueTask<int> DeleteRegionPrioritiesAsync(IReadOnlyCollection<RegionPriorityKey> keys, CancellationToken cancellationToken = default) =>
        DeleteAsync(keys, (d, k) => d.RegionPriorities.ContainsKey(k), existing => new ChangeSet { DeletedRegionPriorities = existing }, cancellationToken);

    /// <summary>Deletes the rows of those keys that exist, in one commit; returns how many there were.</summary>
    private async ValueTask<int> DeleteAsync<TKey>(
        IReadOnlyCollection<TKey> keys, Func<GraphData, TKey, bool> exists, Func<TKey[], ChangeSet> deletion, CancellationToken cancellationToken)
        where TKey : notnull
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var data = _snapshot.Data;
            var existing = keys.Where(k => exists(data, k)).Distinct().ToArray();
            if (existing.Length > 0)
            {
                Commit(deletion(existing));
            }
            return existing.Length;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// The one write path, under the write lock: build the next snapshot first (if indexing fails, nothing
    /// has been written), commit the rows and the graph image, then swap the snapshot in.
    /// </summary>
    private void Commit(ChangeSet changes, PendingWrite? begun = null)
    {
        var clock = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            // A large write's rows are written on a worker thread while the next snapshot and its image are built
            // (the transaction, and so the file's write lock, is opened first); a small write, whose rows take no
            // time, builds them first so that it holds the lock only for its SQLite work. If indexing fails, the write
            // is rolled back (or never begun) and nothing has been written.
            var phase = Stopwatch.StartNew();
            long version, indexMs, listsMs, writeMs;
            GraphSnapshot next;
            var later = false;
            string? imageWritten;
            // a staged write's rows may be under way already (its transaction begun while the caller validated)
            var pending = begun;
            begun = null;
            try
            {
                if (pending is null && changes.RowCount >= SecondaryIndexes.RebuildFromRows)
                {
                    pending = _file.BeginWrite(changes, _version);
                }
                // The graph image is written from the rows in key order on a worker thread while the indexes are built
                // (a write that alters no index, such as editing companies' names, shares the indexes of this snapshot);
                // a small write into a large store leaves it for after the commit (ImageLater).
                ReadOnlyMemory<byte>? image = null;
                later = pending is null && ImageLater.Applies(_snapshot, changes);
                // (a snapshot whose indexes wait keeps the supplies' company numbers the image found, for their build)
                next = GraphSnapshot.After(_snapshot, changes, alongside: later ? null : s => image = GraphImage.Write(s, keepSupplyEnds: _deferIndexes), deferIndexes: _deferIndexes);
                indexMs = phase.ElapsedMilliseconds;
                phase.Restart();
                var lists = SiteKeyLists.Of(next, _snapshot, changes).Prepared();
                listsMs = phase.ElapsedMilliseconds;
                phase.Restart();
                pending ??= _file.BeginWrite(changes, _version);
                version = pending.Commit(image, lists);
                imageWritten = pending.WrittenImageChecksum;
                writeMs = phase.ElapsedMilliseconds;
            }
            catch (StaleSnapshotException) when (attempt < 3)
            {
                // Another process (a command-line import while the service runs) wrote meanwhile: read its rows,
                // then apply this change set on top of them, so that neither write is lost and the image is whole.
                var before = _version;
                Reload();
                Log.Refreshed(_logger, _file.FilePath, before, _version);
                continue;
            }
            catch (StoreUnavailableException e)
            {
                if (!_file.IsReadOnly)
                {
                    _writeFailure = e.Message;
                }
                throw;
            }
            finally
            {
                // a write not committed (indexing failed, or SQLite refused it) is rolled back; a committed one is done
                pending?.Dispose();
            }
            _writeFailure = null;
            _version = version;
            _snapshot = next;
            Log.Applied(_logger, changes.RowCount, changes.ReplaceAll, clock.ElapsedMilliseconds, indexMs, listsMs, writeMs);
            if (later)
            {
                _imageChecksum = null;
                _imageLater.Ask();
            }
            else
            {
                Interlocked.Exchange(ref _imageVersion, version);
                AfterImage(next, imageWritten);
            }
            return;
        }
    }

    /// <summary>
    /// Writes a consistent copy of the store to <paramref name="target"/> (a new file; it must not exist) while the
    /// store keeps serving; returns the data version the copy holds.
    /// </summary>
    public long BackupTo(string target)
    {
        PrepareBackupTarget(target);
        // the copy opens from its image: the image of the last write goes in first, when it was left for later
        _imageLater.Flush();
        return _file.BackupTo(target);
    }

    /// <summary>
    /// Writes a consistent copy of the store file at <paramref name="path"/> to <paramref name="target"/> (a new file)
    /// without loading the store, as a command-line backup does: the file passes SQLite's integrity check and is copied.
    /// Only when its graph image or site key lists are behind its rows (a process ended before writing them) is the
    /// store opened first, which writes them, so that the copy opens as fast as the store. Returns the data version the
    /// copy holds.
    /// </summary>
    public static long BackupFile(string path, string target)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"there is no store at {Path.GetFullPath(path)}", Path.GetFullPath(path));
        }
        PrepareBackupTarget(target);
        var clock = Stopwatch.StartNew();
        var file = new SqliteGraphFile(path);
        file.RequireIntact();
        if (!file.CachesAreCurrent() && !file.IsReadOnly)
        {
            // the same file: its integrity check is not run again
            using var store = OpenFile(file, NullLogger.Instance, IndexTiming.WhenAsked, clock);
            return store.BackupTo(target);
        }
        return file.BackupTo(target);
    }

    private static void PrepareBackupTarget(string target)
    {
        if (File.Exists(target))
        {
            throw new IOException($"{Path.GetFullPath(target)} exists already: a backup never overwrites a file; choose another name or delete it first");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
    }

    /// <summary>
    /// Picks up writes another process committed to the file (a command-line import while the service runs): when
    /// the file's data version is not the one this store last read or wrote, the rows are read again and a new
    /// snapshot is swapped in. Returns the versions before and after, or null when nothing changed.
    /// </summary>
    public async ValueTask<(long Before, long After)?> RefreshAsync(CancellationToken cancellationToken = default)
    {
        if (_file.ReadDataVersion() == Volatile.Read(ref _version))
        {
            return null;
        }
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var before = _version;
            if (_file.ReadDataVersion() == before)
            {
                return null;
            }
            Reload();
            Log.Refreshed(_logger, _file.FilePath, before, _version);
            return (before, _version);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Reads the file's rows again (under the write lock) and swaps in their snapshot: another process has written.</summary>
    private void Reload()
    {
        var next = new GraphSnapshot(_file.Load(withIndexImage: !_deferIndexes), deferIndexes: _deferIndexes);
        _version = _file.LoadedVersion;
        _snapshot = next;
        AfterLoad(next, _file.LoadedImageChecksum);
    }

    /// <summary>
    /// Answers while reads and writes work. After a write failed for a storage reason (a full disk, an I/O
    /// error), it retries a tiny write to see whether the cause has gone, and throws while it has not.
    /// </summary>
    public async ValueTask PingAsync(CancellationToken cancellationToken = default)
    {
        if (_writeFailure is null)
        {
            return;
        }
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_writeFailure is { } failure)
            {
                if (!_file.TryProbeWrite())
                {
                    throw new StoreUnavailableException("writes are failing: " + failure);
                }
                _writeFailure = null;
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public ValueTask<IReadOnlyDictionary<string, string?>> FindKeysAsync(EntityKind kind, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        // which keys exist is known from the rows and their id maps: an import's checks build no indexes
        ValueTask.FromResult<IReadOnlyDictionary<string, string?>>(new SnapshotReads(_snapshot).FindKeys(kind, keys));

    public ValueTask<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        var d = _snapshot.Data;
        return ValueTask.FromResult(new GraphStats(
            d.Chains.Count,
            d.Regions.Count,
            d.Segments.Count,
            d.Flows.Count,
            d.Companies.Count,
            d.Sites.Count,
            d.Sites.Values.Sum(s => s.SegmentIds.Count),
            d.Supplies.Count,
            d.Projects.Count,
            d.Anchors.Count,
            d.RegionPriorities.Count));
    }

    public void Dispose()
    {
        // the image of the last write, when it was left for later, is written before the store closes
        _imageLater.Dispose();
        _writeLock.Dispose();
    }
}
