using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>
/// Writes fields into a graph-image section: texts as numbers into the image's string table, except in the columns
/// written in place (<see cref="ImageInlineColumns"/>), whose texts go into the record as a UTF-8 length and bytes
/// (an optional one after a presence byte). Rows grouped by a column (a supplier's supplies, a company's sites) repeat
/// its very string, pooled when read: each text column remembers its last string and number, so a repeat costs no
/// lookup in the table.
/// </summary>
internal struct ImageFieldWriter(BinaryWriter body, Dictionary<string, int> strings, ColumnCursor cursor, bool[] inPlace) : IFieldWriter
{
    private ColumnCursor _cursor = cursor;
    private readonly string?[] _lastText = new string?[inPlace.Length];
    private readonly int[] _lastIndex = new int[inPlace.Length];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Text(string column, string value)
    {
        var at = _cursor.Next(column);
        if (inPlace[at])
        {
            body.Write(value);
        }
        else
        {
            body.Write7BitEncodedInt(Index(at, value));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void OptionalText(string column, string? value)
    {
        var at = _cursor.Next(column);
        if (inPlace[at])
        {
            body.Write(value is not null);
            if (value is not null)
            {
                body.Write(value);
            }
        }
        else
        {
            body.Write7BitEncodedInt(value is null ? 0 : Index(at, value) + 1);
        }
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
        var at = _cursor.Next(column);
        body.Write7BitEncodedInt(values.Count);
        foreach (var value in values)
        {
            body.Write7BitEncodedInt(Index(at, value));
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

    /// <summary>The string number the column at <paramref name="at"/> (one written as numbers) last wrote.</summary>
    public readonly int LastNumber(int at) => _lastIndex[at];

    /// <summary>The string number of <paramref name="value"/>, a text of the column at <paramref name="at"/>, adding it when new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private readonly int Index(int at, string value)
    {
        if (ReferenceEquals(_lastText[at], value))
        {
            return _lastIndex[at];
        }
        ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(strings, value, out var exists);
        if (!exists)
        {
            index = strings.Count - 1;
        }
        _lastText[at] = value;
        return _lastIndex[at] = index;
    }
}
