using System.Globalization;
using System.Text;

namespace ChainGraph.Domain.Validation;

/// <summary>
/// A value as it appears inside a one-line problem report: quoted, control characters escaped (a newline
/// in a cell cannot break the <c>file:line: reason</c> line), and cut after 60 characters with the full length.
/// </summary>
public static class Shown
{
    public const int MaxCharacters = 60;

    public static string Quote(string? value)
    {
        if (value is null)
        {
            return "(none)";
        }
        var text = new StringBuilder(Math.Min(value.Length, MaxCharacters) + 24).Append('\'');
        var shown = 0;
        foreach (var c in value)
        {
            if (shown == MaxCharacters)
            {
                break;
            }
            _ = c switch
            {
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                _ when char.IsControl(c) => text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => text.Append(c),
            };
            shown++;
        }
        text.Append('\'');
        if (value.Length > MaxCharacters)
        {
            text.Append(CultureInfo.InvariantCulture, $"… ({value.Length} characters)");
        }
        return text.ToString();
    }
}
