namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>
/// The checks a store file passes before it is used: that an existing file holds ChainGraph's tables (before
/// anything is written into it), and SQLite's quick integrity check. A file that fails is refused with a
/// message that says how to recover.
/// </summary>
internal static class StoreFileCheck
{
    public static void Verify(SqliteGraphFile file, string path)
    {
        // the check's random reads are many times slower than reading a cold file through in order
        FileCacheWarmer.WarmIfCold(path);
        using var connection = file.Open();
        var problems = new List<string>();
        try
        {
            SqliteGraphFile.Read(connection, "PRAGMA quick_check(5)", r => problems.Add(r.GetString(0)));
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (SqliteFailure.IsNotADatabase(e))
        {
            throw SqliteGraphFile.Damaged(path, e.Message, e);
        }
        if (problems is not ["ok"])
        {
            throw SqliteGraphFile.Damaged(path, "SQLite's integrity check found: " + string.Join("; ", problems));
        }
    }

    /// <summary>Refuses an SQLite file of another program before anything is written into it.</summary>
    public static void RequireChainGraphTables(Microsoft.Data.Sqlite.SqliteConnection connection, string path)
    {
        var (tables, ours) = (0, 0);
        SqliteGraphFile.Read(connection, "SELECT count(*), count(CASE WHEN name IN ('meta', 'companies', 'graph_image') THEN 1 END) FROM sqlite_master WHERE type = 'table'", r =>
        {
            tables = r.GetInt32(0);
            ours = r.GetInt32(1);
        });
        if (tables > 0 && ours != 3)
        {
            throw SqliteGraphFile.Damaged(path, "it has no ChainGraph tables");
        }
    }
}
