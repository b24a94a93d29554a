using System.Runtime.InteropServices;

namespace ChainGraph.Domain.Text;

/// <summary>
/// A pool of text values read in bulk (data set cells, store rows), so that an id many rows refer to is held once in
/// memory rather than as a copy per row.
/// </summary>
public static class StringPool
{
    /// <summary>The pooled instance equal to <paramref name="value"/>, adding it when it is the first (one lookup).</summary>
    public static string Share(this Dictionary<string, string> pool, string value)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ref var pooled = ref CollectionsMarshal.GetValueRefOrAddDefault(pool, value, out _);
        return pooled ??= value;
    }
}
