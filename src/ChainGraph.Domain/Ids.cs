namespace ChainGraph.Domain;

/// <summary>
/// Orders ids by Unicode code point, as the contract requires for tie-breaks. Ordinal UTF-16
/// comparison differs from code point order only for characters outside the BMP.
/// </summary>
public sealed class Ids : IComparer<string>
{
    public static Ids Comparer { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        if (x is null)
        {
            return -1;
        }
        if (y is null)
        {
            return 1;
        }
        var n = Math.Min(x.Length, y.Length);
        for (var i = 0; i < n; i++)
        {
            var a = x[i];
            var b = y[i];
            if (a == b)
            {
                continue;
            }
            // Surrogates (D800-DFFF) encode code points above FFFF, so they sort after E000-FFFF.
            return Weight(a).CompareTo(Weight(b));
        }
        return x.Length.CompareTo(y.Length);
    }

    private static int Weight(char c) => char.IsSurrogate(c) ? c + 0x10000 : c;
}
