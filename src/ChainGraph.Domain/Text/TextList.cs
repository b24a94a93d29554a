namespace ChainGraph.Domain.Text;

/// <summary>The contract's lists inside one cell or field: items separated by <c>;</c>.</summary>
public static class TextList
{
    /// <summary>Items trimmed, empty items dropped, repeats collapsed, order kept.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains(';', StringComparison.Ordinal))
        {
            // one item, the common case (a site's one segment, a company's one tag): no list, and the text itself when it needs no trimming
            var one = text.Trim();
            return one.Length == 0 ? [] : new[] { one };
        }
        var items = new List<string>();
        foreach (var part in text.Split(';'))
        {
            var item = part.Trim();
            if (item.Length > 0 && !items.Contains(item, StringComparer.Ordinal))
            {
                items.Add(item);
            }
        }
        return items;
    }

    public static string Join(IEnumerable<string> items) => string.Join(';', items);
}
