using System.Text;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Validation;
using ChainGraph.Import;

namespace ChainGraph.TestSupport.Differential;

/// <summary>
/// Appends rows to the files of a data set folder, cell by cell under the header the file already has (a file
/// that does not exist yet is written with every column of the format). A row with a value for a column the
/// header lacks is an error, not dropped.
/// </summary>
public sealed class DataSetAppender(string folder)
{
    public void Append(IEnumerable<Region> rows) => Append(DataSetSchema.Regions, rows.Select(DataSetCells.Of));

    public void Append(IEnumerable<SegmentFlow> rows) => Append(DataSetSchema.Flows, rows.Select(DataSetCells.Of));

    public void Append(IEnumerable<Company> rows) => Append(DataSetSchema.Companies, rows.Select(DataSetCells.Of));

    public void Append(IEnumerable<Anchor> rows) => Append(DataSetSchema.Anchors, rows.Select(DataSetCells.Of));

    public void Append(IEnumerable<Site> rows) => Append(DataSetSchema.Sites, rows.Select(DataSetCells.Of));

    public void Append(IEnumerable<Supply> rows) => Append(DataSetSchema.Supplies, rows.Select(DataSetCells.Of));

    public void Append(IEnumerable<Project> rows) => Append(DataSetSchema.Projects, rows.Select(DataSetCells.Of));

    public void Append(IEnumerable<RegionPriority> rows) => Append(DataSetSchema.RegionPriorities, rows.Select(DataSetCells.Of));

    private void Append(DataSetFile file, IEnumerable<IReadOnlyDictionary<string, string?>> rows)
    {
        var path = Path.Combine(folder, file.FileName);
        if (!File.Exists(path))
        {
            using var writer = new DataSetFileWriter(folder, file);
        }
        var existing = File.ReadAllText(path);
        var header = existing.Split('\n', 2)[0].TrimEnd('\r').TrimStart('\uFEFF').Split(',');
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            foreach (var (column, value) in row)
            {
                if (!string.IsNullOrEmpty(value) && !header.Contains(column, StringComparer.Ordinal))
                {
                    throw new ArgumentException($"{file.FileName} has no column {column} for the value '{value}'");
                }
            }
            text.AppendJoin(',', header.Select(c => Quote(row.GetValueOrDefault(c)))).Append("\r\n");
        }
        File.AppendAllText(path, (existing.EndsWith('\n') ? "" : "\r\n") + text, new UTF8Encoding(false));
    }

    private static string Quote(string? cell) =>
        cell is null ? "" : cell.Contains(',') || cell.Contains('"') || cell.Contains('\n') ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;
}
