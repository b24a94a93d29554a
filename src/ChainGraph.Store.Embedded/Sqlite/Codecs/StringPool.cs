namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>A pool of text values read from the file, so that an id many rows refer to is held once in memory.</summary>
internal static class StringPool
{
    /// <summary>The pooled instance equal to <paramref name="value"/>, adding it when it is the first.</summary>
    public static string Share(this Dictionary<string, string> pool, string value)
    {
        if (pool.TryGetValue(value, out var existing))
        {
            return existing;
        }
        pool[value] = value;
        return value;
    }
}
