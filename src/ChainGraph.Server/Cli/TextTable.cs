using System.Globalization;
using System.Text;

namespace ChainGraph.Server.Cli;

/// <summary>A plain-text table whose columns line up in a terminal, Chinese (double-width) characters included.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string?[] cells) => _rows.Add(cells.Select(c => c ?? "").ToArray());

    public void WriteTo(TextWriter writer)
    {
        var widths = headers.Select(Width).ToArray();
        foreach (var row in _rows)
        {
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Width(row[i]));
            }
        }
        Write(writer, headers, widths);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
        foreach (var row in _rows)
        {
            Write(writer, row, widths);
        }
    }

    /// <summary>Display width: East Asian wide and full-width characters take two columns.</summary>
    public static int Width(string text)
    {
        var width = 0;
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var rune = Rune.GetRuneAt(text, e.ElementIndex);
            width += IsWide(rune.Value) ? 2 : 1;
        }
        return width;
    }

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD;

    private static void Write(TextWriter writer, string[] cells, int[] widths)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < widths.Length; i++)
        {
            sb.Append(cells[i]);
            if (i < widths.Length - 1)
            {
                sb.Append(' ', widths[i] - Width(cells[i]) + 2);
            }
        }
        writer.WriteLine(sb.ToString().TrimEnd());
    }
}
