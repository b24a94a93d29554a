using System.Globalization;
using System.Text.RegularExpressions;
using ChainGraph.Domain.Text;

namespace ChainGraph.Domain.Validation;

/// <summary>
/// Reads typed values from a row's cells, recording a field problem for every value that does not
/// parse. Strings are not checked here: <see cref="EntityRules"/> checks required strings.
/// </summary>
public sealed partial class CellReader(IReadOnlyDictionary<string, string> cells)
{
    private readonly List<FieldProblem> _problems = [];

    public IReadOnlyList<FieldProblem> Problems => _problems;

    public string? Text(string column) => cells.TryGetValue(column, out var value) && value.Length > 0 ? value : null;

    public TEnum Enum<TEnum>(string column)
        where TEnum : struct, Enum
    {
        var text = Text(column);
        if (text is null)
        {
            Add(column, $"{column} is required");
            return default;
        }
        if (!ContractNames.TryParse<TEnum>(text, out var value))
        {
            Add(column, $"{column} {Shown.Quote(text)} is not one of {string.Join(", ", ContractNames.All<TEnum>())}");
        }
        return value;
    }

    public double Double(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            Add(column, $"{column} is required");
            return 0;
        }
        if (!NumberPattern().IsMatch(text))
        {
            Add(column, $"{column} {Shown.Quote(text)} is not a number (digits with an optional sign and '.' decimals)");
            return 0;
        }
        return double.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    public decimal DecimalOrZero(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return 0m;
        }
        if (!NumberPattern().IsMatch(text)
            || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Add(column, $"{column} {Shown.Quote(text)} is not a number (digits with an optional sign and '.' decimals)");
            return 0m;
        }
        return value;
    }

    public DateOnly Date(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            Add(column, $"{column} is required");
            return default;
        }
        if (!IsoDate.TryParse(text, out var date))
        {
            Add(column, $"{column} {Shown.Quote(text)} is not a calendar date in yyyy-MM-dd form");
        }
        return date;
    }

    /// <summary>A ';'-separated list: items trimmed, empty items dropped, repeats collapsed, order kept.</summary>
    public IReadOnlyList<string> List(string column)
    {
        var text = Text(column);
        return text is null ? [] : TextList.Split(text);
    }

    /// <summary>Records a problem found while interpreting a value.</summary>
    public void Flag(string column, string message) => Add(column, message);

    private void Add(string column, string message) => _problems.Add(new FieldProblem(column, message));

    [GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
