using System.Globalization;
using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.Store.Embedded.Sqlite.Codecs;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>
/// The durable side of the embedded store: one SQLite file in WAL mode with full synchronous commits.
/// A change set is written in one transaction, so a process killed at any moment leaves either all of
/// it or none of it.
/// </summary>
internal sealed class SqliteGraphFile
{
    private readonly string _connectionString;
    private readonly string? _storeId;

    public SqliteGraphFile(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var exists = File.Exists(full);
        if (exists && new FileInfo(full).Length == 0)
        {
            throw new StoreFileException(
                $"{full} is empty (0 bytes): it is not a ChainGraph store. Delete it to start a new store there, or restore the store from a backup.");
        }
        if (!exists)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        }
        _connectionString = ConnectionString(full, SqliteOpenMode.ReadWriteCreate);
        if (exists)
        {
            WriteAheadLogCheck.RequireOwnLog(full);
        }
        try
        {
            using var connection = Open();
            if (exists)
            {
                StoreFileCheck.RequireChainGraphTables(connection, full);
            }
            Execute(connection, "PRAGMA journal_mode = WAL;");
            Execute(connection, ReadResource("Schema.sql"));
            Migrate(connection);
            var identity = StoreIdentity.Read(connection);
            _storeId = identity.StoreId;
            MissingWrites = WriteAheadLogCheck.MissingWrites(full, identity);
            StoreStateFile.Write(full, identity);
        }
        catch (SqliteException e) when (exists && SqliteFailure.IsReadOnly(e))
        {
            // A read-only file still answers questions: open it for reading only, and say so on every write.
            _connectionString = ReadOnlyConnectionString(full);
            IsReadOnly = true;
            using var connection = Open();
            if (SchemaVersion(connection) == "1")
            {
                throw new StoreFileException(
                    $"{full} was written by an older version of ChainGraph and must be upgraded, which needs write access: open it once where the file and its folder are writable.", e);
            }
        }
        catch (SqliteException e) when (SqliteFailure.IsNotADatabase(e))
        {
            throw Damaged(full, e.Message, e);
        }
        StoreFileCheck.Verify(this, full);
    }

    /// <summary>True when the file could only be opened for reading (a read-only file or folder).</summary>
    public bool IsReadOnly { get; }

    /// <summary>Which committed writes the file opened without (its write-ahead log went missing), or null.</summary>
    public string? MissingWrites { get; }

    /// <summary>Why the graph image was not used at the last load (null when it was, or when there was none).</summary>
    public string? ImageProblem { get; private set; }

    internal static StoreFileException Damaged(string path, string detail, Exception? inner = null) => new(
        $"{path} is not a ChainGraph store or is damaged ({detail}). Restore it from a backup, or import the data set into a new store " +
        "(chaingraph import <folder> --db <new path>) and use that one.",
        inner!);

    /// <summary>
    /// Reading a WAL-mode file needs its shared-memory file; on a read-only folder that cannot be made, so a
    /// file without a pending write-ahead log is opened as immutable instead.
    /// </summary>
    private static string ReadOnlyConnectionString(string path)
    {
        var plain = ConnectionString(path, SqliteOpenMode.ReadOnly);
        try
        {
            using var probe = new SqliteConnection(plain);
            probe.Open();
            Execute(probe, "SELECT count(*) FROM sqlite_master;");
            return plain;
        }
        catch (SqliteException e) when (SqliteFailure.IsReadOnly(e))
        {
            var wal = path + "-wal";
            if (File.Exists(wal) && new FileInfo(wal).Length > 0)
            {
                throw new StoreFileException(
                    $"{path} is on a read-only disk with writes still in its write-ahead log ({wal}), which cannot be read without write access. " +
                    "Open it once where it is writable, or copy the store and its -wal file to a writable folder.", e);
            }
            return ConnectionString(new Uri(path).AbsoluteUri + "?immutable=1", SqliteOpenMode.ReadOnly);
        }
    }

    private static string ConnectionString(string path, SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = mode,
        Pooling = false,
        DefaultTimeout = 30,
    }.ToString();

    public string FilePath => new SqliteConnectionStringBuilder(_connectionString).DataSource;

    private const int ImagePartBytes = 64 * 1024 * 1024;

    /// <summary>
    /// Loads every row: from the graph image when it matches the rows, else from the tables. <see cref="LoadedVersion"/>
    /// is the data version read just before (a write that lands meanwhile is picked up by the next refresh).
    /// </summary>
    public GraphData Load()
    {
        LoadedVersion = ReadDataVersion();
        return LoadImage() ?? LoadRows();
    }

    /// <summary>The data version read by the last <see cref="Load"/>.</summary>
    public long LoadedVersion { get; private set; }

    /// <summary>How many writes the file has committed (any process's): the meta row <c>data_version</c>.</summary>
    public long ReadDataVersion()
    {
        using var connection = Open();
        long version = 0;
        Read(connection, "SELECT value FROM meta WHERE key = 'data_version'", r => version = long.Parse(r.GetString(0), CultureInfo.InvariantCulture));
        return version;
    }

    /// <summary>True when the last load came from the graph image.</summary>
    public bool LoadedFromImage { get; private set; }

    private GraphData? LoadImage()
    {
        ImageProblem = null;
        LoadedFromImage = false;
        using var connection = Open();
        string? dataVersion = null, imageVersion = null, checksum = null;
        Read(connection, "SELECT key, value FROM meta WHERE key IN ('data_version', 'image_version', 'image_sha256')", r =>
        {
            switch (r.GetString(0))
            {
                case "data_version": dataVersion = r.GetString(1); break;
                case "image_version": imageVersion = r.GetString(1); break;
                default: checksum = r.GetString(1); break;
            }
        });
        if (imageVersion is null || imageVersion != dataVersion)
        {
            return null;
        }
        // One buffer of the exact size, filled part by part: no intermediate copies of a large image.
        long total = 0;
        Read(connection, "SELECT ifnull(sum(length(data)), 0) FROM graph_image", r => total = r.GetInt64(0));
        var image = new byte[total];
        var offset = 0L;
        Read(connection, "SELECT data FROM graph_image ORDER BY part", r =>
        {
            var length = r.GetBytes(0, 0, null, 0, 0);
            r.GetBytes(0, 0, image, (int)offset, (int)length);
            offset += length;
        });
        // The image is a cache of the rows: used only when its checksum, tied to the rows' version, verifies.
        if (checksum is null || checksum != ImageChecksum.Of(image, dataVersion!))
        {
            ImageProblem = checksum is null ? "the image has no checksum" : "the image's checksum does not verify";
            return null;
        }
        GraphData? data;
        try
        {
            data = GraphImage.Read(image);
        }
        catch (Exception e) when (e is EndOfStreamException or IndexOutOfRangeException or ArgumentException or FormatException or OverflowException or InvalidDataException or AggregateException)
        {
            ImageProblem = "the image cannot be read: " + e.GetType().Name;
            return null;
        }
        LoadedFromImage = data is not null;
        ImageProblem = data is null ? "the image is of another format" : null;
        return data;
    }

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

    /// <summary>Replaces the graph image (and its checksum) for the current rows, leaving the rows as they are.</summary>
    public void RewriteImage(byte[] image)
    {
        using var connection = Open();
        using var tx = connection.BeginTransaction();
        _ = WriteImageRows(connection, tx, image);
        tx.Commit();
    }

    private GraphData LoadRows()
    {
        // Supplies are the biggest table: read them on a second connection while the rest loads.
        var supplies = Task.Run(LoadSupplies);
        using var connection = Open();
        var data = new GraphData();
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in EntityTables.Main)
        {
            table.ReadRows(connection, pool, data);
        }
        foreach (var supply in supplies.GetAwaiter().GetResult())
        {
            data.Supplies[supply.Key] = supply;
        }
        return data;
    }

    private List<Supply> LoadSupplies()
    {
        using var connection = Open();
        var list = new List<Supply>();
        EntityRows.ReadAll<SupplyCodec, Supply>(connection, new Dictionary<string, string>(StringComparer.Ordinal), list.Add);
        return list;
    }

    /// <summary>
    /// Writes a change set and the graph image of the result in one transaction; on any failure nothing
    /// is written.
    /// </summary>
    /// <summary>
    /// Writes the change set and its image; returns the data version committed. <paramref name="basedOn"/> is the
    /// data version the caller's rows (and so the image) were read at: when another process has committed since,
    /// nothing is written and <see cref="StaleSnapshotException"/> tells the caller to read the file again.
    /// </summary>
    public long Write(ChangeSet changes, byte[] image, long basedOn)
    {
        if (IsReadOnly)
        {
            throw new Domain.Store.StoreUnavailableException($"cannot write to the store at {FilePath}: it is opened read-only (the file or its folder is not writable); nothing was written");
        }
        long version;
        try
        {
            version = WriteRows(changes, image, basedOn);
        }
        catch (SqliteException e) when (SqliteFailure.Reason(e) is { } reason)
        {
            throw SqliteFailure.ForWrite(e, reason, FilePath);
        }
        StoreStateFile.Write(FilePath, new StoreIdentity(_storeId, version));
        return version;
    }

    /// <summary>Writes the change set and the image in one transaction; returns the data version it committed.</summary>
    private long WriteRows(ChangeSet changes, byte[] image, long basedOn)
    {
        using var connection = Open();
        using var tx = connection.BeginTransaction();
        // The version bump comes first: it takes the write lock, so the check below cannot race another writer.
        Execute(connection, "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'data_version';", tx);
        var committing = ReadVersion(connection, tx);
        if (committing != basedOn + 1)
        {
            tx.Rollback();
            throw new StaleSnapshotException(basedOn, committing - 1);
        }
        if (changes.ReplaceAll)
        {
            Execute(connection, string.Concat(EntityTables.All.Select(t => $"DELETE FROM {t.Table};")), tx);
        }
        foreach (var table in EntityTables.All)
        {
            table.Upsert(connection, tx, changes);
        }
        DeleteKeys(connection, tx, "anchors", ["company_id", "chain_id"], changes.DeletedAnchors, k => [k.CompanyId, k.ChainId]);
        DeleteKeys(connection, tx, "region_priorities", ["region_code", "segment_id"], changes.DeletedRegionPriorities, k => [k.RegionCode, k.SegmentId]);
        DeleteKeys(connection, tx, "supplies", ["supplier_id", "customer_id", "segment_id"], changes.DeletedSupplies, k => [k.SupplierId, k.CustomerId, k.SegmentId ?? ""]);
        var version = WriteImageRows(connection, tx, image);
        tx.Commit();
        return version;
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

    private static long WriteImageRows(SqliteConnection connection, SqliteTransaction tx, byte[] image)
    {
        Execute(connection, "DELETE FROM graph_image;", tx);
        using (var part = connection.CreateCommand())
        {
            part.Transaction = tx;
            part.CommandText = "INSERT INTO graph_image (part, data) VALUES ($part, $data)";
            var number = part.Parameters.Add("$part", SqliteType.Integer);
            var data = part.Parameters.Add("$data", SqliteType.Blob);
            for (var offset = 0; offset < image.Length; offset += ImagePartBytes)
            {
                number.Value = offset / ImagePartBytes;
                data.Value = image.AsSpan(offset, Math.Min(ImagePartBytes, image.Length - offset)).ToArray();
                part.ExecuteNonQuery();
            }
        }
        string version = "";
        using (var read = connection.CreateCommand())
        {
            read.Transaction = tx;
            read.CommandText = "SELECT value FROM meta WHERE key = 'data_version'";
            version = (string)read.ExecuteScalar()!;
        }
        using var meta = connection.CreateCommand();
        meta.Transaction = tx;
        meta.CommandText = "INSERT OR REPLACE INTO meta (key, value) VALUES ('image_version', $v), ('image_sha256', $h)";
        meta.Parameters.AddWithValue("$v", version);
        meta.Parameters.AddWithValue("$h", ImageChecksum.Of(image, version));
        meta.ExecuteNonQuery();
        return long.Parse(version, CultureInfo.InvariantCulture);
    }

    internal SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = OFF; PRAGMA busy_timeout = 30000;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static void Read(SqliteConnection connection, string sql, Action<SqliteDataReader> row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }

    /// <summary>Upgrades a store of an older schema version in place, in one transaction.</summary>
    private static void Migrate(SqliteConnection connection)
    {
        if (SchemaVersion(connection) == "1")
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, ReadResource("Migrate1To2.sql"), tx);
            tx.Commit();
        }
    }

    private static string? SchemaVersion(SqliteConnection connection)
    {
        string? version = null;
        Read(connection, "SELECT value FROM meta WHERE key = 'schema_version'", r => version = r.GetString(0));
        return version;
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(SqliteGraphFile).Assembly.GetManifestResourceStream("ChainGraph.Store.Embedded.Sqlite." + name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
