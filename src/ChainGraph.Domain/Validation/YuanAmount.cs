using System.Globalization;
using System.Text.RegularExpressions;

namespace ChainGraph.Domain.Validation;

/// <summary>
/// An amount in yuan as the import format writes it: a number (<c>[+-]digits[.digits]</c>), then optionally
/// 万 (10^4) or 亿 (10^8), then optionally 元: <c>120亿</c> is 12000000000, <c>1.5万元</c> is 15000.
/// No thousands separators, no spaces, no other currency.
/// </summary>
public static partial class YuanAmount
{
    /// <summary>False when <paramref name="text"/> is not written as an amount, or is too large to hold.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        value = 0m;
        var match = Pattern().Match(text);
        if (!match.Success
            || !decimal.TryParse(match.Groups["number"].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }
        var unit = match.Groups["unit"].Value;
        if (unit.Length == 0)
        {
            value = number;
            return true;
        }
        try
        {
            value = Normalized(number * (unit == "亿" ? 100_000_000m : 10_000m));
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>The same amount without trailing zero decimals (1.50万 is 15000, not 15000.00).</summary>
    private static decimal Normalized(decimal value) => value / 1.0000000000000000000000000000m;

    [GeneratedRegex(@"^(?<number>[+-]?[0-9]+(\.[0-9]+)?)(?<unit>[万亿]?)元?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
