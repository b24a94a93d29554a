using System.Runtime.CompilerServices;
namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>Follows a codec through its columns and refuses a call for any column but the next one.</summary>
internal struct ColumnCursor(string table, string[] columns)
{
    private int _next;

    /// <summary>The position of <paramref name="column"/>, which must be the next column.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Next(string column)
    {
        var at = _next % columns.Length;
        var expected = columns[at];
        if (!ReferenceEquals(expected, column) && expected != column)
        {
            throw new InvalidOperationException($"the {table} codec visits column '{column}' where '{expected}' comes next");
        }
        _next++;
        return at;
    }
}
