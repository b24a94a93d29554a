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
        var i = x.AsSpan().CommonPrefixLength(y);
        if (i == x.Length || i == y.Length)
        {
            return x.Length.CompareTo(y.Length);
        }
        // Surrogates (D800-DFFF) encode code points above FFFF, so they sort after E000-FFFF.
        return Weight(x[i]).CompareTo(Weight(y[i]));
    }

    private static int Weight(char c) => char.IsSurrogate(c) ? c + 0x10000 : c;
}
