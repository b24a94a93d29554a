using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>
/// The durable side of the embedded store: one SQLite file in WAL mode with full synchronous commits.
/// A change set is written in one transaction, so a process killed at any moment leaves either all of
/// it or none of it.
/// </summary>
internal sealed partial class SqliteGraphFile
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
            if (!exists)
            {
                // set before the first table and before WAL mode, after which SQLite keeps a file's page size
                Execute(connection, $"PRAGMA page_size = {NewFilePageSize};");
            }
            Execute(connection, "PRAGMA journal_mode = WAL;");
            Execute(connection, ReadResource("Schema.sql"));
            Migrate(connection);
            Execute(connection, SecondaryIndexes.CreateSql);
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
        // SQLite's integrity check reads the whole file (2 to 3 s at a million companies): it runs beside the load, and
        // RequireIntact waits for it before anything is served or written.
        _check = Task.Factory.StartNew(() => StoreFileCheck.Verify(this, full), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private readonly Task _check;

    /// <summary>
    /// Waits for the integrity check started when the file was opened; throws <see cref="StoreFileException"/> when it
    /// found the file damaged. Call it after the first load, also when the load failed: a damaged file is then
    /// reported as such rather than by whatever the load tripped over.
    /// </summary>
    public void RequireIntact() => _check.GetAwaiter().GetResult();

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
    /// The page size of a new store file (SQLite's default is 4 KiB). Larger pages mean fewer B-tree pages to split and
    /// balance while an import writes its rows and fewer overflow pages to chain for the graph image: at 100,000
    /// companies an import ran 4.98 to 5.57 s against 4.67 to 6.03 s, what follows its rows (image, lists, commit)
    /// 255 to 443 ms against 263 to 818 ms, and a re-open 948 to 1,003 ms against 1,071 to 1,121 ms. A file made
    /// with another page size keeps it.
    /// </summary>
    internal const int NewFilePageSize = 16 * 1024;

    /// <summary>How long a connection waits for another one's lock before SQLite reports the file busy.</summary>
    private const int BusyTimeoutMs = 30_000;

    internal SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, $"PRAGMA synchronous = FULL; PRAGMA foreign_keys = OFF; PRAGMA busy_timeout = {BusyTimeoutMs};");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The meta row that says which data version the site key lists are of.</summary>
    internal const string SiteListsVersionKey = "site_lists_version";

    /// <summary>The values of those of the given meta keys that are set.</summary>
    internal static Dictionary<string, string> ReadMeta(SqliteConnection connection, SqliteTransaction? tx, params string[] keys)
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT key, value FROM meta WHERE key IN (SELECT value FROM json_each($keys))";
        command.Parameters.AddWithValue("$keys", System.Text.Json.JsonSerializer.Serialize(keys));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            meta[reader.GetString(0)] = reader.GetString(1);
        }
        return meta;
    }

    internal static void Read(SqliteConnection connection, string sql, Action<SqliteDataReader> row, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
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
