using System.Runtime.CompilerServices;
using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>Writes fields into a graph-image section: strings as numbers into the image's string table.</summary>
internal struct ImageFieldWriter(BinaryWriter body, Dictionary<string, int> strings, ColumnCursor cursor) : IFieldWriter
{
    private ColumnCursor _cursor = cursor;

    public void Text(string column, string value)
    {
        _cursor.Next(column);
        body.Write7BitEncodedInt(Index(value));
    }

    public void OptionalText(string column, string? value)
    {
        _cursor.Next(column);
        body.Write7BitEncodedInt(value is null ? 0 : Index(value) + 1);
    }

    public void Real(string column, double value)
    {
        _cursor.Next(column);
        body.Write(value);
    }

    public void Enum<TEnum>(string column, TEnum value)
        where TEnum : struct, Enum
    {
        _cursor.Next(column);
        body.Write(checked((byte)Unsafe.BitCast<TEnum, int>(value)));
    }

    public void Tags(string column, CompanyTags value) => Enum(column, value);

    public void Decimal(string column, decimal value)
    {
        _cursor.Next(column);
        body.Write(value);
    }

    public void Date(string column, DateOnly value)
    {
        _cursor.Next(column);
        body.Write(value.DayNumber);
    }

    public void TextList(string column, IReadOnlyList<string> values)
    {
        _cursor.Next(column);
        body.Write7BitEncodedInt(values.Count);
        foreach (var value in values)
        {
            body.Write7BitEncodedInt(Index(value));
        }
    }

    public void OptionalDecimal(string column, decimal? value)
    {
        _cursor.Next(column);
        body.Write(value.HasValue);
        if (value is { } v)
        {
            body.Write(v);
        }
    }

    public void OptionalInteger(string column, long? value)
    {
        _cursor.Next(column);
        body.Write(value.HasValue);
        if (value is { } v)
        {
            body.Write(v);
        }
    }

    public void OptionalDate(string column, DateOnly? value)
    {
        _cursor.Next(column);
        body.Write(value.HasValue);
        if (value is { } v)
        {
            body.Write(v.DayNumber);
        }
    }

    private readonly int Index(string value)
    {
        if (!strings.TryGetValue(value, out var index))
        {
            strings[value] = index = strings.Count;
        }
        return index;
    }
}
