using System.Globalization;
using System.Text.RegularExpressions;

namespace ChainGraph.Domain.Text;

/// <summary>The contract's dates: ISO <c>yyyy-MM-dd</c>, real calendar dates only.</summary>
public static partial class IsoDate
{
    public static bool TryParse(string text, out DateOnly date)
    {
        if (Pattern().IsMatch(text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }
        date = default;
        return false;
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
