namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>
/// Which store a file (or a file with its write-ahead log) holds, and how many writes it has seen:
/// the meta rows <c>store_id</c> (random, made when the store is created) and <c>data_version</c>.
/// </summary>
/// <param name="StoreId">The store's id; null in a store made before ids existed, or in an empty file.</param>
/// <param name="DataVersion">The number of committed writes; 0 when unknown.</param>
internal readonly record struct StoreIdentity(string? StoreId, long DataVersion)
{
    public static StoreIdentity Read(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        string? id = null;
        long version = 0;
        var hasMeta = false;
        SqliteGraphFile.Read(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'", r => hasMeta = r.GetInt64(0) == 1);
        if (!hasMeta)
        {
            return default;
        }
        SqliteGraphFile.Read(connection, "SELECT key, value FROM meta WHERE key IN ('store_id', 'data_version')", r =>
        {
            if (r.GetString(0) == "store_id")
            {
                id = r.GetString(1);
            }
            else
            {
                _ = long.TryParse(r.GetString(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out version);
            }
        });
        return new StoreIdentity(id, version);
    }
}
