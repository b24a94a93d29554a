using System.Globalization;
using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.Store.Embedded.Sqlite.Codecs;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>Reading the file: from the graph image when it verifies, else from the rows.</summary>
internal sealed partial class SqliteGraphFile
{
    /// <summary>
    /// Loads every row: from the graph image when it matches the rows, else from the tables. Each way reads one
    /// consistent state of the file (a read transaction), even while another process writes; <see cref="LoadedVersion"/>
    /// is the data version of the state read. With <paramref name="withIndexImage"/>, rows read from the graph image come
    /// with the index image beside it, when there is one (<see cref="GraphData.IndexImage"/>).
    /// </summary>
    public GraphData Load(bool withIndexImage = true)
    {
        if (LoadImage(withIndexImage) is { } fromImage)
        {
            return fromImage;
        }
        for (var attempt = 1; ; attempt++)
        {
            // The rows are read on two connections side by side; when a write lands in between, the two halves are
            // of different versions: read again.
            var (data, version, suppliesVersion) = LoadRows();
            if (version == suppliesVersion || attempt == 3)
            {
                LoadedVersion = version;
                return data;
            }
        }
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

    private GraphData? LoadImage(bool withIndexImage)
    {
        ImageProblem = null;
        LoadedFromImage = false;
        LoadedImageChecksum = null;
        using var connection = Open();
        // One read transaction: the version, the checksum and the image parts are of the same committed write.
        using var tx = connection.BeginTransaction(deferred: true);
        var meta = ReadMeta(connection, tx, "data_version", "image_version", ImageChecksum.MetaKey, IndexesOfKey, IndexesChecksumKey);
        var dataVersion = meta.GetValueOrDefault("data_version");
        var imageVersion = meta.GetValueOrDefault("image_version");
        var checksum = meta.GetValueOrDefault(ImageChecksum.MetaKey);
        if (dataVersion is null || imageVersion is null || imageVersion != dataVersion)
        {
            // an image of an earlier write (one whose image was to follow, when its process ended first) is reported, so
            // that opening writes it again
            ImageProblem = dataVersion is not null && imageVersion is not null ? $"the image is of write {imageVersion}, the rows of write {dataVersion}" : null;
            return null;
        }
        var image = ReadParts(connection, tx, "graph_image");
        LoadedVersion = long.Parse(dataVersion, CultureInfo.InvariantCulture);
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
        LoadedImageChecksum = data is null ? null : checksum;
        if (data is not null && withIndexImage)
        {
            data.IndexImage = ReadIndexImage(connection, tx, checksum, meta);
        }
        return data;
    }

    /// <summary>
    /// The whole of a table of parts (the graph image's, the index image's) in one buffer of the exact size, each part
    /// copied into it straight from the file's pages (incremental blob reads): no copy of a part in SQLite's memory or
    /// the provider's on the way (3.5 to 4 s less at a million companies).
    /// </summary>
    private static byte[] ReadParts(SqliteConnection connection, SqliteTransaction tx, string table)
    {
        var parts = new List<(long Part, long Length)>();
        Read(connection, $"SELECT part, length(data) FROM {table} ORDER BY part", r => parts.Add((r.GetInt64(0), r.GetInt64(1))), tx);
        // not zeroed first: every byte is written below, or the image is not used
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)parts.Sum(p => p.Length)));
        var offset = 0;
        foreach (var (part, length) in parts)
        {
            // a missing or changed part shows in the checksum
            using var blob = new SqliteBlob(connection, table, "data", part, readOnly: true);
            blob.ReadExactly(bytes, offset, (int)length);
            offset += (int)length;
        }
        return bytes;
    }

    /// <summary>The rows, with the data version each of the two connections read them at.</summary>
    private (GraphData Data, long Version, long SuppliesVersion) LoadRows()
    {
        // Supplies are the biggest table: read them on a second connection while the rest loads.
        var supplies = Task.Run(LoadSupplies);
        using var connection = Open();
        using var tx = connection.BeginTransaction(deferred: true);
        var version = ReadVersion(connection, tx);
        var data = new GraphData();
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in EntityTables.Main)
        {
            table.ReadRows(connection, tx, pool, data);
        }
        var (rows, suppliesVersion) = supplies.GetAwaiter().GetResult();
        // the table's primary key is the supply's key: the rows are distinct
        data.Supplies.EnsureCapacity(rows.Count);
        foreach (var supply in rows)
        {
            data.Supplies.AddDistinct(supply);
        }
        return (data, version, suppliesVersion);
    }

    private (List<Supply> Rows, long Version) LoadSupplies()
    {
        using var connection = Open();
        using var tx = connection.BeginTransaction(deferred: true);
        var version = ReadVersion(connection, tx);
        var list = new List<Supply>();
        EntityRows.ReadAll<SupplyCodec, Supply>(connection, tx, new Dictionary<string, string>(StringComparer.Ordinal), list.Add);
        return (list, version);
    }
}
