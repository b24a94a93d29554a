using System.Globalization;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>
/// Reads a table row selected in the codec's column order. Text values go through a shared pool, so an id
/// that many rows refer to is held once in memory.
/// </summary>
internal struct RowFieldReader(SqliteDataReader row, Dictionary<string, string> pool, ColumnCursor cursor) : IFieldReader
{
    private ColumnCursor _cursor = cursor;

    public string Text(string column) => Shared(row.GetString(_cursor.Next(column)));

    public string? OptionalText(string column)
    {
        var at = _cursor.Next(column);
        return row.IsDBNull(at) ? null : Shared(row.GetString(at));
    }

    public double Real(string column) => row.GetDouble(_cursor.Next(column));

    public TEnum Enum<TEnum>(string column)
        where TEnum : struct, Enum
    {
        var text = row.GetString(_cursor.Next(column));
        return ContractNames.TryParse<TEnum>(text, out var value) ? value : throw new InvalidDataException($"unknown {typeof(TEnum).Name} '{text}' in the store");
    }

    public CompanyTags Tags(string column)
    {
        var tags = CompanyTags.None;
        foreach (var name in Domain.Text.TextList.Split(row.GetString(_cursor.Next(column))))
        {
            tags |= CompanyTags.TryParse(name, out var tag) ? tag : throw new InvalidDataException($"unknown tag '{name}' in the store");
        }
        return tags;
    }

    public decimal Decimal(string column) => decimal.Parse(row.GetString(_cursor.Next(column)), NumberStyles.Number, CultureInfo.InvariantCulture);

    public DateOnly Date(string column)
    {
        var text = row.GetString(_cursor.Next(column));
        return IsoDate.TryParse(text, out var date) ? date : throw new InvalidDataException($"bad date '{text}' in the store");
    }

    public IReadOnlyList<string> TextList(string column) => [.. Domain.Text.TextList.Split(row.GetString(_cursor.Next(column))).Select(Shared)];

    public decimal? OptionalDecimal(string column)
    {
        var at = _cursor.Next(column);
        return row.IsDBNull(at) ? null : decimal.Parse(row.GetString(at), NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    public long? OptionalInteger(string column)
    {
        var at = _cursor.Next(column);
        return row.IsDBNull(at) ? null : row.GetInt64(at);
    }

    public DateOnly? OptionalDate(string column)
    {
        var at = _cursor.Next(column);
        if (row.IsDBNull(at))
        {
            return null;
        }
        var text = row.GetString(at);
        return IsoDate.TryParse(text, out var date) ? date : throw new InvalidDataException($"bad date '{text}' in the store");
    }

    private readonly string Shared(string value) => pool.Share(value);
}
