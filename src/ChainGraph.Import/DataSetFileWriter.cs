using System.Globalization;
using System.Text;
using ChainGraph.Domain.Validation;
using CsvHelper;

namespace ChainGraph.Import;

/// <summary>
/// Writes one file of a data set in the import format (UTF-8, RFC 4180, header first). By default the
/// header names every column of the file (version 2); a writer may name fewer, in its own order, for
/// example the columns of version 1: a column left out is empty in every row.
/// </summary>
public sealed class DataSetFileWriter : IDisposable
{
    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;

    public DataSetFileWriter(string folder, DataSetFile file, IReadOnlyList<string>? columns = null)
    {
        Columns = columns ?? file.Columns;
        foreach (var column in Columns)
        {
            if (!file.Columns.Contains(column, StringComparer.Ordinal))
            {
                throw new ArgumentException($"{file.FileName} has no column '{column}'", nameof(columns));
            }
        }
        if (Columns.Distinct(StringComparer.Ordinal).Count() != Columns.Count)
        {
            throw new ArgumentException($"a column of {file.FileName} is named twice", nameof(columns));
        }
        _text = new StreamWriter(Path.Combine(folder, file.FileName), append: false, new UTF8Encoding(false));
        _csv = new CsvWriter(_text, CultureInfo.InvariantCulture);
        foreach (var column in Columns)
        {
            _csv.WriteField(column);
        }
        _csv.NextRecord();
    }

    /// <summary>The columns written, in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Writes a row; values in the order of <see cref="Columns"/>, null for an empty cell.</summary>
    public void Row(params string?[] values)
    {
        if (values.Length != Columns.Count)
        {
            throw new ArgumentException($"expected {Columns.Count} values ({string.Join(", ", Columns)}), got {values.Length}", nameof(values));
        }
        foreach (var value in values)
        {
            _csv.WriteField(value ?? "");
        }
        _csv.NextRecord();
    }

    /// <summary>
    /// Writes a row given by column name (see <see cref="DataSetCells"/>); a written column without a name
    /// here is an empty cell. A value for a column this writer does not write is an error, not dropped.
    /// </summary>
    public void Row(IReadOnlyDictionary<string, string?> cells)
    {
        foreach (var (name, value) in cells)
        {
            if (!string.IsNullOrEmpty(value) && !Columns.Contains(name, StringComparer.Ordinal))
            {
                throw new ArgumentException($"column '{name}' has a value but is not written by this writer ({string.Join(", ", Columns)})", nameof(cells));
            }
        }
        Row([.. Columns.Select(c => cells.GetValueOrDefault(c))]);
    }

    public void Dispose()
    {
        _csv.Dispose();
        _text.Dispose();
    }
}
