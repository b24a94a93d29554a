using System.Globalization;
using ChainGraph.Domain.Validation;
using MiniExcelLibs;

namespace ChainGraph.Import;

/// <summary>
/// Reads a data set file saved from Excel or WPS as <c>.xlsx</c>: the first sheet, its first row the header, the
/// same columns as the CSV file. Cells become the text the CSV would hold (numbers without grouping, dates as
/// yyyy-MM-dd); line numbers are the sheet's row numbers.
/// </summary>
internal static class XlsxSheet
{
    public static void Read(DataSetDraft draft, DataSetFile file, string path)
    {
        var name = Path.ChangeExtension(file.FileName, ".xlsx");
        List<IDictionary<string, object?>> rows;
        try
        {
            using var stream = File.OpenRead(path);
            rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            draft.AddProblem(name, 1, null, $"unreadable Excel file ({e.GetType().Name}): save it again as .xlsx, or as CSV UTF-8");
            return;
        }
        if (rows.Count == 0)
        {
            return;
        }
        var columns = rows[0].Keys.ToList();
        var header = columns.Select(c => Text(rows[0][c])).ToArray();
        // Trailing empty header cells are Excel's formatting, not columns.
        var width = header.Length;
        while (width > 0 && header[width - 1].Length == 0)
        {
            width--;
        }
        header = header[..width];
        draft.AddHeader(file, header);
        for (var r = 1; r < rows.Count; r++)
        {
            var cells = new Dictionary<string, string>(width, StringComparer.Ordinal);
            for (var i = 0; i < width; i++)
            {
                var value = Text(rows[r][columns[i]]);
                if (value.Length > 0 && file.Columns.Contains(header[i], StringComparer.Ordinal))
                {
                    cells[header[i]] = value;
                }
            }
            if (cells.Count > 0)
            {
                draft.AddRow(file, new RawRow(r + 1, cells));
            }
        }
    }

    private static string Text(object? value) => (value switch
    {
        null => "",
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    }).Trim();
}
