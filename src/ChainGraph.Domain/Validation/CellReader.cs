using System.Globalization;
using ChainGraph.Domain.Text;

namespace ChainGraph.Domain.Validation;

/// <summary>
/// Reads typed values from a row's cells, recording a field problem for every value that does not
/// parse. Strings are not checked here: <see cref="EntityRules"/> checks required strings and the ranges of values.
/// </summary>
public sealed class CellReader(IReadOnlyDictionary<string, string> cells)
{
    private const string NumberForm = "digits with an optional sign and '.' decimals";

    private IReadOnlyDictionary<string, string> _cells = cells;

    // Most rows have no problem: the list is made for the first one.
    private List<FieldProblem>? _problems;

    public IReadOnlyList<FieldProblem> Problems => (IReadOnlyList<FieldProblem>?)_problems ?? [];

    /// <summary>Reads the cells of another row, without the last row's problems (a draft reads all its rows with one reader).</summary>
    internal void Reset(IReadOnlyDictionary<string, string> cells)
    {
        _cells = cells;
        _problems = null;
    }

    public string? Text(string column) => _cells.TryGetValue(column, out var value) && value.Length > 0 ? value : null;

    /// <summary>A required enumeration value: its contract name in any letter case, or one of its Chinese spellings.</summary>
    public TEnum Enum<TEnum>(string column)
        where TEnum : struct, Enum
    {
        if (Text(column) is null)
        {
            Add(column, $"{column} is required");
            return default;
        }
        return EnumOr<TEnum>(column, default);
    }

    /// <summary>An optional enumeration value; <paramref name="absent"/> when the cell is empty.</summary>
    public TEnum EnumOr<TEnum>(string column, TEnum absent)
        where TEnum : struct, Enum
    {
        var text = Text(column);
        if (text is null)
        {
            return absent;
        }
        if (ContractNames.TryParse<TEnum>(text, out var value) || ChineseSpellings.TryParse(text, out value))
        {
            return value;
        }
        Add(column, $"{column} {Shown.Quote(text)} is not one of {string.Join(", ", ContractNames.All<TEnum>())}");
        return absent;
    }

    public double Double(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            Add(column, $"{column} is required");
            return 0;
        }
        if (!IsNumber(text, sign: true, decimals: true))
        {
            Add(column, $"{column} {Shown.Quote(text)} is not a number ({NumberForm})");
            return 0;
        }
        return double.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    /// <summary>An optional amount in yuan (see <see cref="YuanAmount"/>); null when the cell is empty. A negative amount is a problem.</summary>
    public decimal? Amount(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }
        if (!YuanAmount.TryParse(text, out var value))
        {
            Add(column, $"{column} {Shown.Quote(text)} is not a number ({NumberForm}, then optionally 万 or 亿 and 元)");
            return null;
        }
        if (value < 0)
        {
            // The text matched the amount pattern, so it is safe to show as written (unless it is very long).
            Add(column, $"{column} {(text.Length > Shown.MaxCharacters ? Shown.Quote(text) : text)} is negative");
        }
        return value;
    }

    /// <summary>An optional whole number (<c>[+-]digits</c>); null when the cell is empty.</summary>
    public long? WholeNumber(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }
        if (!IsNumber(text, sign: true, decimals: false) || !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Add(column, $"{column} {Shown.Quote(text)} is not a whole number (digits with an optional sign, no separators)");
            return null;
        }
        return value;
    }

    /// <summary>An optional year written as digits (<c>1998</c>); null when the cell is empty.</summary>
    public int? Year(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }
        if (!IsNumber(text, sign: false, decimals: false) || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Add(column, $"{column} {Shown.Quote(text)} is not a year (digits, such as 1998)");
            return null;
        }
        return value;
    }

    public DateOnly Date(string column)
    {
        if (Text(column) is null)
        {
            Add(column, $"{column} is required");
            return default;
        }
        return OptionalDate(column) ?? default;
    }

    /// <summary>An optional ISO date; null when the cell is empty.</summary>
    public DateOnly? OptionalDate(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }
        if (!IsoDate.TryParse(text, out var date))
        {
            Add(column, $"{column} {Shown.Quote(text)} is not a calendar date in yyyy-MM-dd form");
            return null;
        }
        return date;
    }

    /// <summary>
    /// A ';'-separated list: items trimmed, empty items dropped, repeats collapsed, order kept. The same text gives the
    /// same list instance (up to <see cref="ListsKept"/> texts per reader): the lists a data set repeats, such as its sites'
    /// segments, are then held once.
    /// </summary>
    public IReadOnlyList<string> List(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return [];
        }
        if (_lists is not null && _lists.TryGetValue(text, out var known))
        {
            return known;
        }
        var list = TextList.Split(text);
        if ((_lists ??= new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)).Count < ListsKept)
        {
            _lists[text] = list;
        }
        return list;
    }

    /// <summary>How many distinct list texts a reader keeps the parsed list of.</summary>
    private const int ListsKept = 4_096;

    private Dictionary<string, IReadOnlyList<string>>? _lists;

    /// <summary>Records a problem found while interpreting a value.</summary>
    public void Flag(string column, string message) => Add(column, message);

    private void Add(string column, string message) => (_problems ??= []).Add(new FieldProblem(column, message));

    /// <summary>
    /// Whether <paramref name="text"/> is ASCII digits, after a '+' or '-' when <paramref name="sign"/> allows one, and
    /// with a '.' and more digits after them when <paramref name="decimals"/> does: the number forms of the format.
    /// </summary>
    internal static bool IsNumber(ReadOnlySpan<char> text, bool sign, bool decimals)
    {
        if (sign && text.Length > 0 && text[0] is '+' or '-')
        {
            text = text[1..];
        }
        var digits = Digits(text);
        if (digits == 0)
        {
            return false;
        }
        if (digits == text.Length)
        {
            return true;
        }
        if (!decimals || text[digits] != '.')
        {
            return false;
        }
        var fraction = text[(digits + 1)..];
        return fraction.Length > 0 && Digits(fraction) == fraction.Length;
    }

    /// <summary>How many ASCII digits <paramref name="text"/> starts with (a loop: a cell's few characters are over before a vectorised search starts).</summary>
    private static int Digits(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && char.IsAsciiDigit(text[n]))
        {
            n++;
        }
        return n;
    }
}
