using ChainGraph.Domain.Model;
using ChainGraph.Domain.Validation;

namespace ChainGraph.Import;

/// <summary>
/// Writes rows as a data set folder that the import reads back as the same rows: one file for each kind of
/// row that has any (every column of format version 2), in the order of <see cref="DataSetSchema.Files"/>.
/// </summary>
public static class DataSetFolderWriter
{
    /// <summary>Writes the upserted rows of <paramref name="rows"/> (its deletions are not data set rows) into <paramref name="folder"/>.</summary>
    public static void Write(string folder, ChangeSet rows)
    {
        Directory.CreateDirectory(folder);
        Write(folder, DataSetSchema.Chains, rows.Chains, DataSetCells.Of);
        Write(folder, DataSetSchema.Regions, rows.Regions, DataSetCells.Of);
        Write(folder, DataSetSchema.Segments, rows.Segments, DataSetCells.Of);
        Write(folder, DataSetSchema.Flows, rows.Flows, DataSetCells.Of);
        Write(folder, DataSetSchema.Companies, rows.Companies, DataSetCells.Of);
        Write(folder, DataSetSchema.Anchors, rows.Anchors, DataSetCells.Of);
        Write(folder, DataSetSchema.Sites, rows.Sites, DataSetCells.Of);
        Write(folder, DataSetSchema.Supplies, rows.Supplies, DataSetCells.Of);
        Write(folder, DataSetSchema.Projects, rows.Projects, DataSetCells.Of);
        Write(folder, DataSetSchema.RegionPriorities, rows.RegionPriorities, DataSetCells.Of);
    }

    private static void Write<T>(string folder, DataSetFile file, IReadOnlyList<T> rows, Func<T, IReadOnlyDictionary<string, string?>> cells)
    {
        if (rows.Count == 0)
        {
            return;
        }
        using var writer = new DataSetFileWriter(folder, file);
        foreach (var row in rows)
        {
            writer.Row(cells(row));
        }
    }
}
