using System.Globalization;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Validation;
using ChainGraph.Store.Embedded.Snapshot;
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
            Execute(connection, ReadSchema());
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

    /// <summary>Loads every row: from the graph image when it matches the rows, else from the tables.</summary>
    public GraphData Load() => LoadImage() ?? LoadRows();

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
        Read(connection, "SELECT id, name_zh, name_en FROM chains", r => data.Chains[r.GetString(0)] = new Chain(r.GetString(0), Text(r, 1), Text(r, 2)));
        Read(connection, "SELECT code, name_zh, name_en, level, parent_code, lat, lon FROM regions", r =>
            data.Regions[r.GetString(0)] = new Region(r.GetString(0), r.GetString(1), Text(r, 2), Enum<RegionLevel>(r, 3), Text(r, 4), r.GetDouble(5), r.GetDouble(6)));
        Read(connection, "SELECT id, chain_id, name_zh, name_en, category, parent_id FROM segments", r =>
            data.Segments[r.GetString(0)] = new Segment(r.GetString(0), r.GetString(1), r.GetString(2), Text(r, 3), Enum<SegmentCategory>(r, 4), Text(r, 5)));
        Read(connection, "SELECT from_id, to_id FROM segment_flows", r =>
            data.Flows.Add(new SegmentFlow(Canonical(data.Segments, r.GetString(0)), Canonical(data.Segments, r.GetString(1)))));
        Read(connection, "SELECT id, name_zh, name_en, uscc, tags, parent_id FROM companies", r =>
            data.Companies[r.GetString(0)] = new Company(r.GetString(0), r.GetString(1), Text(r, 2), Text(r, 3), ParseTags(r.GetString(4)), Text(r, 5)));
        Read(connection, "SELECT id, company_id, name_zh, region_code, lat, lon, kind, segment_ids FROM sites", r =>
            data.Sites[r.GetString(0)] = new Site(
                r.GetString(0),
                Canonical(data.Companies, r.GetString(1)),
                Text(r, 2),
                Canonical(data.Regions, r.GetString(3)),
                r.GetDouble(4),
                r.GetDouble(5),
                Enum<SiteKind>(r, 6),
                r.GetString(7).Split(';').Select(s => Canonical(data.Segments, s)).ToArray()));
        Read(connection, "SELECT id, name_zh, company_id, region_code, segment_id, investment_yuan, status, status_date, source FROM projects", r =>
            data.Projects[r.GetString(0)] = new Project(
                r.GetString(0),
                r.GetString(1),
                Text(r, 2),
                r.GetString(3),
                Text(r, 4),
                decimal.Parse(r.GetString(5), NumberStyles.Number, CultureInfo.InvariantCulture),
                Enum<ProjectStatus>(r, 6),
                DateOnly.ParseExact(r.GetString(7), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Text(r, 8)));
        foreach (var supply in supplies.GetAwaiter().GetResult())
        {
            data.Supplies[supply.Key] = supply;
        }
        return data;
    }

    private List<Supply> LoadSupplies()
    {
        using var connection = Open();
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        var list = new List<Supply>();
        Read(connection, "SELECT supplier_id, customer_id, segment_id, source FROM supplies", r =>
        {
            // Ids and sources repeat a lot: keep one string of each.
            string Shared(int column)
            {
                var value = r.GetString(column);
                if (lookup.TryGetValue(value.AsSpan(), out var existing))
                {
                    return existing;
                }
                strings[value] = value;
                return value;
            }
            var segment = Shared(2);
            list.Add(new Supply(Shared(0), Shared(1), segment.Length == 0 ? null : segment, r.IsDBNull(3) ? null : Shared(3)));
        });
        return list;
    }

    /// <summary>
    /// Writes a change set and the graph image of the result in one transaction; on any failure nothing
    /// is written.
    /// </summary>
    public void Write(ChangeSet changes, byte[] image)
    {
        if (IsReadOnly)
        {
            throw new Domain.Store.StoreUnavailableException($"cannot write to the store at {FilePath}: it is opened read-only (the file or its folder is not writable); nothing was written");
        }
        long version;
        try
        {
            version = WriteRows(changes, image);
        }
        catch (SqliteException e) when (SqliteFailure.Reason(e) is { } reason)
        {
            throw SqliteFailure.ForWrite(e, reason, FilePath);
        }
        StoreStateFile.Write(FilePath, new StoreIdentity(_storeId, version));
    }

    /// <summary>Writes the change set and the image in one transaction; returns the data version it committed.</summary>
    private long WriteRows(ChangeSet changes, byte[] image)
    {
        using var connection = Open();
        using var tx = connection.BeginTransaction();
        if (changes.ReplaceAll)
        {
            Execute(connection, "DELETE FROM chains; DELETE FROM regions; DELETE FROM segments; DELETE FROM segment_flows; DELETE FROM companies; DELETE FROM sites; DELETE FROM supplies; DELETE FROM projects;", tx);
        }
        Upsert(connection, tx, "chains", ["id", "name_zh", "name_en"], changes.Chains, c => [c.Id, c.NameZh, c.NameEn]);
        Upsert(connection, tx, "regions", ["code", "name_zh", "name_en", "level", "parent_code", "lat", "lon"], changes.Regions,
            r => [r.Code, r.NameZh, r.NameEn, ContractNames.Of(r.Level), r.ParentCode, r.Lat, r.Lon]);
        Upsert(connection, tx, "segments", ["id", "chain_id", "name_zh", "name_en", "category", "parent_id"], changes.Segments,
            s => [s.Id, s.ChainId, s.NameZh, s.NameEn, ContractNames.Of(s.Category), s.ParentId]);
        Upsert(connection, tx, "segment_flows", ["from_id", "to_id"], changes.Flows, f => [f.FromId, f.ToId]);
        Upsert(connection, tx, "companies", ["id", "name_zh", "name_en", "uscc", "tags", "parent_id"], changes.Companies,
            c => [c.Id, c.NameZh, c.NameEn, c.Uscc, FormatTags(c.Tags), c.ParentId]);
        Upsert(connection, tx, "sites", ["id", "company_id", "name_zh", "region_code", "lat", "lon", "kind", "segment_ids"], changes.Sites,
            s => [s.Id, s.CompanyId, s.NameZh, s.RegionCode, s.Lat, s.Lon, ContractNames.Of(s.Kind), string.Join(';', s.SegmentIds)]);
        Upsert(connection, tx, "supplies", ["supplier_id", "customer_id", "segment_id", "source"], changes.Supplies,
            s => [s.SupplierId, s.CustomerId, s.SegmentId ?? "", s.Source]);
        Upsert(connection, tx, "projects", ["id", "name_zh", "company_id", "region_code", "segment_id", "investment_yuan", "status", "status_date", "source"], changes.Projects,
            p => [p.Id, p.NameZh, p.CompanyId, p.RegionCode, p.SegmentId, p.InvestmentYuan.ToString(CultureInfo.InvariantCulture), ContractNames.Of(p.Status), p.StatusDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Source]);
        if (changes.DeletedSupplies.Count > 0)
        {
            using var delete = connection.CreateCommand();
            delete.Transaction = tx;
            delete.CommandText = "DELETE FROM supplies WHERE supplier_id = $s AND customer_id = $c AND segment_id = $g";
            var s = delete.Parameters.Add("$s", SqliteType.Text);
            var c = delete.Parameters.Add("$c", SqliteType.Text);
            var g = delete.Parameters.Add("$g", SqliteType.Text);
            foreach (var key in changes.DeletedSupplies)
            {
                s.Value = key.SupplierId;
                c.Value = key.CustomerId;
                g.Value = key.SegmentId ?? "";
                delete.ExecuteNonQuery();
            }
        }
        Execute(connection, "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'data_version';", tx);
        var version = WriteImageRows(connection, tx, image);
        tx.Commit();
        return version;
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

    internal static string FormatTags(CompanyTags tags) => string.Join(';', CompanyTagSet.ToList(tags).Select(ContractNames.Of));

    private static CompanyTags ParseTags(string text) =>
        CompanyTagSet.Of(CellReader.SplitList(text).Select(t => ContractNames.TryParse<CompanyTag>(t, out var tag) ? tag : throw new InvalidDataException($"unknown tag '{t}' in the store")));

    private static void Upsert<T>(SqliteConnection connection, SqliteTransaction tx, string table, string[] columns, IReadOnlyList<T> rows, Func<T, object?[]> values)
    {
        if (rows.Count == 0)
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"INSERT OR REPLACE INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add("$p" + i, SqliteType.Text)).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            var v = values(row);
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].SqliteType = v[i] is double ? SqliteType.Real : SqliteType.Text;
                parameters[i].Value = v[i] ?? DBNull.Value;
            }
            command.ExecuteNonQuery();
        }
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

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static TEnum Enum<TEnum>(SqliteDataReader r, int i)
        where TEnum : struct, Enum =>
        ContractNames.TryParse<TEnum>(r.GetString(i), out var value) ? value : throw new InvalidDataException($"unknown {typeof(TEnum).Name} '{r.GetString(i)}' in the store");

    /// <summary>Reuses the key string already loaded, so each id is held once in memory.</summary>
    private static string Canonical<T>(Dictionary<string, T> loaded, string key) =>
        loaded.TryGetValue(key, out var value) && value is not null ? KeyOf(value) ?? key : key;

    private static string? KeyOf(object value) => value switch
    {
        Region r => r.Code,
        Segment s => s.Id,
        Company c => c.Id,
        _ => null,
    };

    private static string ReadSchema()
    {
        using var stream = typeof(SqliteGraphFile).Assembly.GetManifestResourceStream("ChainGraph.Store.Embedded.Sqlite.Schema.sql")
            ?? throw new InvalidOperationException("embedded schema resource is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
