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
public sealed partial class EmbeddedGraphStore : IGraphStore, IDisposable
{
    private readonly SqliteGraphFile _file;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private volatile GraphSnapshot _snapshot;

    private EmbeddedGraphStore(SqliteGraphFile file, GraphSnapshot snapshot, ILogger logger)
    {
        _file = file;
        _snapshot = snapshot;
        _logger = logger;
    }

    /// <summary>Opens (creating when missing) the store file and builds the in-memory indexes.</summary>
    public static EmbeddedGraphStore Open(string path, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        var clock = Stopwatch.StartNew();
        var file = new SqliteGraphFile(path);
        GraphSnapshot snapshot;
        using (new BulkLoadGcScope(file.SizeInBytes))
        {
            snapshot = new GraphSnapshot(file.Load());
        }
        Log.Opened(logger, file.FilePath, snapshot.Companies.Length, snapshot.Sites.Length, clock.ElapsedMilliseconds);
        return new EmbeddedGraphStore(file, snapshot, logger);
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

    public async ValueTask<int> DeleteSuppliesAsync(IReadOnlyCollection<SupplyKey> keys, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var existing = keys.Where(_snapshot.Data.Supplies.ContainsKey).Distinct().ToArray();
            if (existing.Length > 0)
            {
                Commit(new ChangeSet { DeletedSupplies = existing });
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
    private void Commit(ChangeSet changes)
    {
        var clock = Stopwatch.StartNew();
        GraphSnapshot next;
        using (new BulkLoadGcScope(changes.RowCount > 10_000 ? _file.SizeInBytes : 0))
        {
            next = new GraphSnapshot(_snapshot.Data.With(changes));
        }
        _file.Write(changes, GraphImage.Write(next));
        _snapshot = next;
        Log.Applied(_logger, changes.RowCount, changes.ReplaceAll, clock.ElapsedMilliseconds);
    }

    public ValueTask PingAsync(CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask<IReadOnlyDictionary<string, string?>> FindKeysAsync(EntityKind kind, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var data = _snapshot.Data;
        var found = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            switch (kind)
            {
                case EntityKind.Chain when data.Chains.ContainsKey(key): found[key] = null; break;
                case EntityKind.Region when data.Regions.TryGetValue(key, out var r): found[key] = r.ParentCode; break;
                case EntityKind.Segment when data.Segments.TryGetValue(key, out var s): found[key] = s.ParentId; break;
                case EntityKind.Company when data.Companies.TryGetValue(key, out var c): found[key] = c.ParentId; break;
                case EntityKind.Site when data.Sites.ContainsKey(key): found[key] = null; break;
                case EntityKind.Project when data.Projects.ContainsKey(key): found[key] = null; break;
                default: break;
            }
        }
        return ValueTask.FromResult<IReadOnlyDictionary<string, string?>>(found);
    }

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
            d.Projects.Count));
    }

    public void Dispose() => _writeLock.Dispose();
}
