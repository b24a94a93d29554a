using System.Globalization;
using System.Text;
using ChainGraph.Domain.Validation;
using CsvHelper;

namespace ChainGraph.Import;

/// <summary>Writes one file of a data set in the import format (UTF-8, RFC 4180, header first).</summary>
public sealed class DataSetFileWriter : IDisposable
{
    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;
    private readonly int _columns;

    public DataSetFileWriter(string folder, DataSetFile file)
    {
        _text = new StreamWriter(Path.Combine(folder, file.FileName), append: false, new UTF8Encoding(false));
        _csv = new CsvWriter(_text, CultureInfo.InvariantCulture);
        _columns = file.Columns.Count;
        foreach (var column in file.Columns)
        {
            _csv.WriteField(column);
        }
        _csv.NextRecord();
    }

    /// <summary>Writes a row; values in the file's column order, null for an empty cell.</summary>
    public void Row(params string?[] values)
    {
        if (values.Length != _columns)
        {
            throw new ArgumentException($"expected {_columns} values, got {values.Length}", nameof(values));
        }
        foreach (var value in values)
        {
            _csv.WriteField(value ?? "");
        }
        _csv.NextRecord();
    }

    public void Dispose()
    {
        _csv.Dispose();
        _text.Dispose();
    }
}
