using System.Globalization;
using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Sqlite.Codecs;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>Writing the file: change sets with their image, image rewrites, write probes and backups.</summary>
internal sealed partial class SqliteGraphFile
{
    /// <summary>
    /// Copies the store, as of one committed version, into a new standalone file with SQLite's online backup (safe
    /// while this or another process writes). The copy is written beside the target and moved into place when complete.
    /// </summary>
    public long BackupTo(string target)
    {
        var full = System.IO.Path.GetFullPath(target);
        var partial = full + ".partial";
        File.Delete(partial);
        using (var source = Open())
        using (var destination = new SqliteConnection(ConnectionString(partial, SqliteOpenMode.ReadWriteCreate)))
        {
            destination.Open();
            source.BackupDatabase(destination);
            // A backup is one file: no write-ahead log beside it.
            Execute(destination, "PRAGMA journal_mode = DELETE;");
        }
        long version;
        using (var copy = new SqliteConnection(ConnectionString(partial, SqliteOpenMode.ReadOnly)))
        {
            copy.Open();
            version = StoreIdentity.Read(copy).DataVersion;
        }
        File.Move(partial, full);
        return version;
    }

    /// <summary>Whether a tiny write (one meta row) goes through now: used to tell when a full disk has room again.</summary>
    public bool TryProbeWrite()
    {
        try
        {
            using var connection = Open();
            Execute(connection, "INSERT OR REPLACE INTO meta (key, value) VALUES ('write_probe', datetime('now'));");
            return true;
        }
        catch (SqliteException e) when (SqliteFailure.Reason(e) is not null)
        {
            return false;
        }
    }

    /// <summary>Whether the site key lists in the file are of data version <paramref name="version"/>.</summary>
    public bool SiteListsAreOf(long version)
    {
        using var connection = Open();
        return ReadMeta(connection, null, SiteListsVersionKey).GetValueOrDefault(SiteListsVersionKey) == version.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Whether the graph image and the site key lists are of the rows' current write (one read of the meta rows), as
    /// they are unless a process ended before writing the image it had left for after a write, or the file predates them.
    /// </summary>
    public bool CachesAreCurrent()
    {
        using var connection = Open();
        var meta = ReadMeta(connection, null, "data_version", "image_version", SiteListsVersionKey);
        var data = meta.GetValueOrDefault("data_version");
        return data is not null && data == meta.GetValueOrDefault("image_version") && data == meta.GetValueOrDefault(SiteListsVersionKey);
    }

    /// <summary>
    /// Writes the site key lists when the file's are not of its current data version (a store written before
    /// they existed) and the rows are still at <paramref name="version"/>, the version the lists were made from.
    /// </summary>
    public void RewriteSiteListsIfStale(SiteKeyLists lists, long version)
    {
        using var connection = Open();
        using var tx = connection.BeginTransaction();
        var meta = ReadMeta(connection, tx, "data_version", SiteListsVersionKey);
        var current = version.ToString(CultureInfo.InvariantCulture);
        if (meta.GetValueOrDefault("data_version") == current && meta.GetValueOrDefault(SiteListsVersionKey) != current)
        {
            WriteSiteLists(connection, tx, lists, current);
            tx.Commit();
        }
    }

    /// <summary>
    /// Starts writing a change set: takes the write lock, checks that no other process has committed since
    /// <paramref name="basedOn"/> (the data version the caller's rows were read at; otherwise nothing is written and
    /// <see cref="StaleSnapshotException"/> tells the caller to read the file again), then writes the rows on a worker
    /// thread while the caller builds the next snapshot and its image. <see cref="PendingWrite.Commit"/> adds the image
    /// and commits; disposing the write without committing it rolls everything back. With <paramref name="complete"/> false,
    /// <paramref name="changes"/> are the first tables of a larger change set, which <see cref="PendingWrite.Extend"/>
    /// brings before the commit: the secondary indexes and deletions wait for it.
    /// </summary>
    public PendingWrite BeginWrite(ChangeSet changes, long basedOn, bool complete = true)
    {
        if (IsReadOnly)
        {
            throw new Domain.Store.StoreUnavailableException($"cannot write to the store at {FilePath}: it is opened read-only (the file or its folder is not writable); nothing was written");
        }
        SqliteConnection? connection = null;
        var rollbackJournal = false;
        try
        {
            connection = Open();
            // The first large write into a new store goes through a rollback journal instead of the write-ahead log: the
            // pages are then written once, into the file, rather than into the log and copied into the file at the
            // commit (7 of 33 s of a million-company import's apply phase, against half a second). Only when nobody else
            // has the file open: SQLite refuses to leave WAL mode otherwise, and the write goes through the log as always.
            rollbackJournal = basedOn == 0 && changes.RowCount >= SecondaryIndexes.RebuildFromRows && TrySetJournalMode(connection, "delete");
            var tx = connection.BeginTransaction();
            // The version bump comes first: it takes the write lock, so the check below cannot race another writer.
            Execute(connection, "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'data_version';", tx);
            var committing = ReadVersion(connection, tx);
            if (committing != basedOn + 1)
            {
                tx.Rollback();
                tx.Dispose();
                throw new StaleSnapshotException(basedOn, committing - 1);
            }
            var writing = connection;
            // A large write builds the secondary indexes afresh after its rows (one sort each) rather than row by row.
            var rebuildIndexes = changes.ReplaceAll || changes.RowCount >= SecondaryIndexes.RebuildFromRows;
            var pending = new PendingWrite(this, writing, tx, rollbackJournal, rebuildIndexes);
            connection = null; // the pending write owns it now
            pending.Then(abandoned => WriteRows(writing, tx, changes, rebuildIndexes, complete, abandoned));
            return pending;
        }
        catch (SqliteException e) when (SqliteFailure.Reason(e) is { } reason)
        {
            throw SqliteFailure.ForWrite(e, reason, FilePath);
        }
        finally
        {
            if (connection is not null)
            {
                if (rollbackJournal)
                {
                    RestoreWriteAheadLog(connection);
                }
                connection.Dispose();
            }
        }
    }

    /// <summary>
    /// Switches the file's journal mode at once, or answers false without waiting when SQLite cannot (another
    /// connection has the file open).
    /// </summary>
    private static bool TrySetJournalMode(SqliteConnection connection, string mode)
    {
        // straight through SQLite, once: the provider's commands retry a busy file until their timeout
        Execute(connection, "PRAGMA busy_timeout = 0;");
        try
        {
            var db = connection.Handle!;
            EntityRows.Check(raw.sqlite3_prepare_v2(db, $"PRAGMA journal_mode = {mode};", out var statement), db);
            using (statement)
            {
                return raw.sqlite3_step(statement) == raw.SQLITE_ROW
                    && string.Equals(raw.sqlite3_column_text(statement, 0).utf8_to_string(), mode, StringComparison.OrdinalIgnoreCase);
            }
        }
        finally
        {
            Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMs};");
        }
    }

    /// <summary>
    /// Puts the file back in WAL mode after a write through the rollback journal (outside any transaction). Should another
    /// connection have opened the file meanwhile, it stays in rollback mode, which is as safe, until the next open of the
    /// store sets WAL mode again.
    /// </summary>
    internal static void RestoreWriteAheadLog(SqliteConnection connection) => TrySetJournalMode(connection, "wal");

    /// <summary>
    /// The change set's rows, inside the write's transaction (on the pending write's worker thread); with
    /// <paramref name="finish"/>, the secondary indexes and deletions after them.
    /// </summary>
    private static void WriteRows(SqliteConnection connection, SqliteTransaction tx, ChangeSet changes, bool rebuildIndexes, bool finish, CancellationToken abandoned)
    {
        if (rebuildIndexes)
        {
            Execute(connection, SecondaryIndexes.DropSql, tx);
        }
        if (changes.ReplaceAll)
        {
            Execute(connection, string.Concat(EntityTables.All.Select(t => $"DELETE FROM {t.Table};")), tx);
        }
        foreach (var table in EntityTables.All)
        {
            abandoned.ThrowIfCancellationRequested();
            table.Upsert(connection, tx, changes);
        }
        if (finish)
        {
            Finish(connection, tx, changes, rebuildIndexes);
        }
    }

    /// <summary>The rows of the tables <paramref name="more"/> holds, inside a write begun with others (on its worker thread).</summary>
    internal static void WriteTables(SqliteConnection connection, SqliteTransaction tx, ChangeSet more, CancellationToken abandoned)
    {
        foreach (var table in EntityTables.All)
        {
            abandoned.ThrowIfCancellationRequested();
            if (table.Count(more) > 0)
            {
                table.Upsert(connection, tx, more);
            }
        }
    }

    /// <summary>
    /// The rest of a write begun with some tables of <paramref name="whole"/> (<paramref name="written"/>, by name): the
    /// rows of the others, then the secondary indexes and deletions.
    /// </summary>
    internal static void WriteRest(
        SqliteConnection connection, SqliteTransaction tx, IReadOnlySet<string> written, ChangeSet whole, bool rebuildIndexes, CancellationToken abandoned)
    {
        foreach (var table in EntityTables.All)
        {
            abandoned.ThrowIfCancellationRequested();
            if (!written.Contains(table.Table))
            {
                table.Upsert(connection, tx, whole);
            }
        }
        Finish(connection, tx, whole, rebuildIndexes);
    }

    private static void Finish(SqliteConnection connection, SqliteTransaction tx, ChangeSet changes, bool rebuildIndexes)
    {
        if (rebuildIndexes)
        {
            // each index is one sort of its table's rows: SQLite may sort in parts on helper threads (the write's other
            // work is done by then, so a core is free)
            Execute(connection, $"PRAGMA threads = {SecondaryIndexes.SortThreads};", tx);
            Execute(connection, SecondaryIndexes.CreateSql, tx);
        }
        DeleteKeys(connection, tx, "anchors", ["company_id", "chain_id"], changes.DeletedAnchors, k => [k.CompanyId, k.ChainId]);
        DeleteKeys(connection, tx, "region_priorities", ["region_code", "segment_id"], changes.DeletedRegionPriorities, k => [k.RegionCode, k.SegmentId]);
        DeleteKeys(connection, tx, "supplies", ["supplier_id", "customer_id", "segment_id"], changes.DeletedSupplies, k => [k.SupplierId, k.CustomerId, k.SegmentId ?? ""]);
    }

    /// <summary>Adds the image and site lists to a pending write whose rows are written, commits, and records the version.</summary>
    internal (long Version, string? ImageChecksum) Complete(SqliteConnection connection, SqliteTransaction tx, ReadOnlyMemory<byte>? image, SiteKeyLists lists)
    {
        (long Version, string? ImageChecksum) written;
        try
        {
            written = WriteImageRows(connection, tx, image, lists);
            tx.Commit();
        }
        catch (SqliteException e) when (SqliteFailure.Reason(e) is { } reason)
        {
            throw SqliteFailure.ForWrite(e, reason, FilePath);
        }
        StoreStateFile.Write(FilePath, new StoreIdentity(_storeId, written.Version));
        return written;
    }

    private static long ReadVersion(SqliteConnection connection, SqliteTransaction tx)
    {
        using var read = connection.CreateCommand();
        read.Transaction = tx;
        read.CommandText = "SELECT value FROM meta WHERE key = 'data_version'";
        return long.Parse((string)read.ExecuteScalar()!, CultureInfo.InvariantCulture);
    }

    private static void DeleteKeys<TKey>(SqliteConnection connection, SqliteTransaction tx, string table, string[] columns, IReadOnlyList<TKey> keys, Func<TKey, string[]> values)
    {
        if (keys.Count == 0)
        {
            return;
        }
        using var delete = connection.CreateCommand();
        delete.Transaction = tx;
        delete.CommandText = $"DELETE FROM {table} WHERE {string.Join(" AND ", columns.Select((c, i) => $"{c} = $k{i}"))}";
        var parameters = columns.Select((_, i) => delete.Parameters.Add("$k" + i, SqliteType.Text)).ToArray();
        foreach (var key in keys)
        {
            var v = values(key);
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = v[i];
            }
            delete.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Writes the graph image (unless <paramref name="image"/> is null: a write whose image follows later leaves the
    /// image of an earlier version, which a load then does not use) and the site key lists, stamped with the version the
    /// transaction commits; returns that version and the checksum of the image written (null when none was).
    /// </summary>
    private static (long Version, string? ImageChecksum) WriteImageRows(SqliteConnection connection, SqliteTransaction tx, ReadOnlyMemory<byte>? image, SiteKeyLists lists)
    {
        var version = ReadVersion(connection, tx).ToString(CultureInfo.InvariantCulture);
        var checksum = image is { } bytes ? WriteImageParts(connection, tx, bytes, version) : null;
        WriteSiteLists(connection, tx, lists, version);
        return (long.Parse(version, CultureInfo.InvariantCulture), checksum);
    }

    /// <summary>As <see cref="WriteImageIfAt(ReadOnlyMemory{byte}, long, out string?)"/>, without the checksum.</summary>
    public bool WriteImageIfAt(ReadOnlyMemory<byte> image, long version) => WriteImageIfAt(image, version, out _);

    /// <summary>
    /// Writes the graph image of data version <paramref name="version"/> when the rows are still at that version (a
    /// write that left its image for later); false, writing nothing, when a later write has been committed since.
    /// <paramref name="checksum"/> is the checksum stamped on the image written (null when none was).
    /// </summary>
    public bool WriteImageIfAt(ReadOnlyMemory<byte> image, long version, out string? checksum)
    {
        checksum = null;
        using var connection = Open();
        using var tx = connection.BeginTransaction();
        if (ReadVersion(connection, tx) != version)
        {
            return false;
        }
        checksum = WriteImageParts(connection, tx, image, version.ToString(CultureInfo.InvariantCulture));
        tx.Commit();
        return true;
    }

    /// <summary>Writes the graph image and its meta rows; returns the checksum stamped on it.</summary>
    private static string WriteImageParts(SqliteConnection connection, SqliteTransaction tx, ReadOnlyMemory<byte> image, string version)
    {
        WriteParts(connection, tx, "graph_image", image);
        // an index image belongs to the graph image it was written beside: a new graph image leaves it of no use
        Execute(connection, $"DELETE FROM graph_indexes; DELETE FROM meta WHERE key IN ('{IndexesOfKey}', '{IndexesChecksumKey}');", tx);
        using var meta = connection.CreateCommand();
        meta.Transaction = tx;
        meta.CommandText = "INSERT OR REPLACE INTO meta (key, value) VALUES ('image_version', $v), ($k, $h)";
        meta.Parameters.AddWithValue("$v", version);
        meta.Parameters.AddWithValue("$k", ImageChecksum.MetaKey);
        var checksum = ImageChecksum.Of(image.Span, version);
        meta.Parameters.AddWithValue("$h", checksum);
        meta.ExecuteNonQuery();
        return checksum;
    }

    /// <summary>Replaces the parts of <paramref name="table"/> (the graph image's, the index image's) with <paramref name="bytes"/>.</summary>
    private static void WriteParts(SqliteConnection connection, SqliteTransaction tx, string table, ReadOnlyMemory<byte> bytes)
    {
        Execute(connection, $"DELETE FROM {table};", tx);
        using var part = connection.CreateCommand();
        part.Transaction = tx;
        // each part is made as zeros of its length, then written in place: no copy of the part
        part.CommandText = $"INSERT INTO {table} (part, data) VALUES ($part, zeroblob($length))";
        var number = part.Parameters.Add("$part", SqliteType.Integer);
        var length = part.Parameters.Add("$length", SqliteType.Integer);
        for (var offset = 0; offset < bytes.Length; offset += ImagePartBytes)
        {
            var slice = bytes.Span.Slice(offset, Math.Min(ImagePartBytes, bytes.Length - offset));
            var partNumber = offset / ImagePartBytes;
            number.Value = partNumber;
            length.Value = slice.Length;
            part.ExecuteNonQuery();
            // the part is the table's rowid
            using var blob = new SqliteBlob(connection, table, "data", partNumber);
            blob.Write(slice);
        }
    }
}
