namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>
/// The tables' secondary indexes: what lets a question read only the rows it needs (the scoped reader,
/// <see cref="Scoped.ScopedGraphStore"/>) instead of the whole file. A whole-store import, or any write of at
/// least <see cref="RebuildFromRows"/> rows, drops them before writing its rows and builds them again afterwards,
/// in the same transaction: one sort per index is cheaper than keeping them up to date row by row (at 100,000
/// companies, 0.6 s against 2 to 3 s).
/// </summary>
internal static class SecondaryIndexes
{
    /// <summary>From how many rows a write rebuilds the indexes instead of updating them.</summary>
    public const int RebuildFromRows = 20_000;

    private static readonly (string Name, string On)[] All =
    [
        ("companies_by_parent", "companies (parent_id) WHERE parent_id IS NOT NULL"),
        ("supplies_by_customer", "supplies (customer_id)"),
        ("projects_by_region", "projects (region_code)"),
    ];

    /// <summary>How many helper threads SQLite may sort with when it builds them (one per other core, at most three).</summary>
    public static int SortThreads => Math.Clamp(Environment.ProcessorCount - 1, 0, 3);

    public static IEnumerable<string> Names => All.Select(i => i.Name);

    public static string CreateSql => string.Concat(All.Select(i => $"CREATE INDEX IF NOT EXISTS {i.Name} ON {i.On};"));

    public static string DropSql => string.Concat(All.Select(i => $"DROP INDEX IF EXISTS {i.Name};"));
}
