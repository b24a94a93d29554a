namespace ChainGraph.Import;

/// <summary>
/// Compares the column names that key a row's cells. The reader keys them by the format's own name strings, and the rules
/// ask for cells by the same names written in the code, which the runtime keeps as one instance each: a lookup is then one
/// reference check, and the hash needs only the name's length and three of its characters (a file has a dozen columns),
/// where the ordinal comparer hashes the whole name twice per cell of hundreds of thousands of rows.
/// </summary>
internal sealed class ColumnNameComparer : IEqualityComparer<string>
{
    public static ColumnNameComparer Instance { get; } = new();

    public bool Equals(string? x, string? y) => ReferenceEquals(x, y) || string.Equals(x, y, StringComparison.Ordinal);

    public int GetHashCode(string obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return obj.Length == 0 ? 0 : (obj.Length * 31) ^ (obj[0] << 7) ^ (obj[obj.Length / 2] << 14) ^ (obj[^1] << 21);
    }
}
