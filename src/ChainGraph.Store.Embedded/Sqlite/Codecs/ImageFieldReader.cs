using System.Runtime.CompilerServices;
using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>Reads fields back from a graph-image section written by <see cref="ImageFieldWriter"/>.</summary>
internal struct ImageFieldReader(BinaryReader body, string[] strings, ColumnCursor cursor) : IFieldReader
{
    private ColumnCursor _cursor = cursor;

    public string Text(string column)
    {
        _cursor.Next(column);
        return strings[body.Read7BitEncodedInt()];
    }

    public string? OptionalText(string column)
    {
        _cursor.Next(column);
        var index = body.Read7BitEncodedInt();
        return index == 0 ? null : strings[index - 1];
    }

    public double Real(string column)
    {
        _cursor.Next(column);
        return body.ReadDouble();
    }

    public TEnum Enum<TEnum>(string column)
        where TEnum : struct, Enum
    {
        _cursor.Next(column);
        return Unsafe.BitCast<int, TEnum>(body.ReadByte());
    }

    public CompanyTags Tags(string column) => Enum<CompanyTags>(column);

    public decimal Decimal(string column)
    {
        _cursor.Next(column);
        return body.ReadDecimal();
    }

    public DateOnly Date(string column)
    {
        _cursor.Next(column);
        return DateOnly.FromDayNumber(body.ReadInt32());
    }

    public decimal? OptionalDecimal(string column)
    {
        _cursor.Next(column);
        return body.ReadBoolean() ? body.ReadDecimal() : null;
    }

    public long? OptionalInteger(string column)
    {
        _cursor.Next(column);
        return body.ReadBoolean() ? body.ReadInt64() : null;
    }

    public DateOnly? OptionalDate(string column)
    {
        _cursor.Next(column);
        return body.ReadBoolean() ? DateOnly.FromDayNumber(body.ReadInt32()) : null;
    }

    public IReadOnlyList<string> TextList(string column)
    {
        _cursor.Next(column);
        var values = new string[body.Read7BitEncodedInt()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = strings[body.Read7BitEncodedInt()];
        }
        return values;
    }
}
