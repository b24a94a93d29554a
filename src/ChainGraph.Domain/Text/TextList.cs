namespace ChainGraph.Domain.Text;

/// <summary>The contract's lists inside one cell or field: items separated by <c>;</c>.</summary>
public static class TextList
{
    /// <summary>Items trimmed, empty items dropped, repeats collapsed, order kept.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
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
