using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>Reads fields back from a graph-image section written by <see cref="ImageFieldWriter"/>.</summary>
internal struct ImageFieldReader(ImageBytes body, string[] strings, ColumnCursor cursor, bool[] inPlace) : IFieldReader
{
    private ColumnCursor _cursor = cursor;

    public string Text(string column) =>
        inPlace[_cursor.Next(column)] ? body.ReadUtf8() : strings[body.Read7BitEncodedInt()];

    public string? OptionalText(string column)
    {
        if (inPlace[_cursor.Next(column)])
        {
            return body.ReadBoolean() ? body.ReadUtf8() : null;
        }
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

    /// <summary>
    /// Lists of one or two values, shared by every record that holds the same ones (by string index): a million
    /// sites name a few thousand distinct segment lists, and each list of its own costs 32 to 40 bytes. Keyed by the pair
    /// of string numbers (a long packing both hashes to their XOR: the lists of neighbouring numbers crowded into a few
    /// hundred buckets).
    /// </summary>
    private Dictionary<(int, int), string[]>? _shortLists;

    public IReadOnlyList<string> TextList(string column)
    {
        _cursor.Next(column);
        var count = body.Read7BitEncodedInt();
        if (count is 1 or 2)
        {
            var first = body.Read7BitEncodedInt();
            var second = count == 2 ? body.Read7BitEncodedInt() : -1;
            _shortLists ??= [];
            ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(_shortLists, (first, second), out _);
            return shared ??= count == 1 ? [strings[first]] : [strings[first], strings[second]];
        }
        var values = new string[count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = strings[body.Read7BitEncodedInt()];
        }
        return values;
    }
}
