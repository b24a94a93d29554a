using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>
/// The index image (<see cref="Snapshot.GraphSnapshot.WriteIndexImage"/>) in the file: the table graph_indexes, and in
/// meta the checksum of the graph image it belongs to and its own. Like the graph image it is a cache: used only when it
/// belongs to the graph image just read and its checksum verifies, dropped whenever a new graph image is written.
/// </summary>
internal sealed partial class SqliteGraphFile
{
    private const string IndexesOfKey = "indexes_of_image";
    private const string IndexesChecksumKey = "indexes_xxh128";

    /// <summary>The checksum of the graph image the last load read (null when it read the rows).</summary>
    public string? LoadedImageChecksum { get; private set; }

    /// <summary>
    /// The index image beside the graph image of checksum <paramref name="imageChecksum"/>, or null when there is none that
    /// verifies; <paramref name="meta"/> holds the meta rows read with the graph image, in the same transaction.
    /// </summary>
    private static byte[]? ReadIndexImage(SqliteConnection connection, SqliteTransaction tx, string imageChecksum, Dictionary<string, string> meta)
    {
        if (meta.GetValueOrDefault(IndexesOfKey) != imageChecksum || meta.GetValueOrDefault(IndexesChecksumKey) is not { } expected)
        {
            return null;
        }
        var bytes = ReadParts(connection, tx, "graph_indexes");
        return ImageChecksum.OfIndexes(bytes, imageChecksum) == expected ? bytes : null;
    }

    /// <summary>
    /// Writes the index image of the graph image whose checksum is <paramref name="imageChecksum"/>, when the file's rows
    /// are still at <paramref name="version"/> and its graph image is that one (no other write, and no other process's
    /// image, came in between); false, writing nothing, otherwise.
    /// </summary>
    public bool WriteIndexImageIf(ReadOnlyMemory<byte> indexes, long version, string imageChecksum)
    {
        using var connection = Open();
        using var tx = connection.BeginTransaction();
        var current = version.ToString(CultureInfo.InvariantCulture);
        var meta = ReadMeta(connection, tx, "data_version", "image_version", ImageChecksum.MetaKey);
        if (meta.GetValueOrDefault("data_version") != current || meta.GetValueOrDefault("image_version") != current
            || meta.GetValueOrDefault(ImageChecksum.MetaKey) != imageChecksum)
        {
            return false;
        }
        WriteParts(connection, tx, "graph_indexes", indexes);
        using var write = connection.CreateCommand();
        write.Transaction = tx;
        write.CommandText = $"INSERT OR REPLACE INTO meta (key, value) VALUES ('{IndexesOfKey}', $of), ('{IndexesChecksumKey}', $h)";
        write.Parameters.AddWithValue("$of", imageChecksum);
        write.Parameters.AddWithValue("$h", ImageChecksum.OfIndexes(indexes.Span, imageChecksum));
        write.ExecuteNonQuery();
        tx.Commit();
        return true;
    }
}
