using System.Text.Json;
using ChainGraph.Domain;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>
/// Per segment, the ids of the sites that name it among their own segments (a JSON array, in id order): the
/// one many-to-many link the tables cannot index, since a site keeps its segments in one column. Written with
/// every commit beside the graph image, so that a question about one segment reads just that segment's sites.
/// </summary>
internal sealed class SegmentSiteLists
{
    private SegmentSiteLists(IReadOnlyList<(string SegmentId, string SiteIds)> rows) => Rows = rows;

    public IReadOnlyList<(string SegmentId, string SiteIds)> Rows { get; }

    public static SegmentSiteLists Of(GraphSnapshot snapshot)
    {
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // Sites are in id order, so every list is too.
        foreach (var site in snapshot.Sites)
        {
            foreach (var segment in site.SegmentIds)
            {
                if (!lists.TryGetValue(segment, out var list))
                {
                    lists[segment] = list = [];
                }
                if (list.Count == 0 || list[^1] != site.Id)
                {
                    list.Add(site.Id);
                }
            }
        }
        return new SegmentSiteLists([.. lists
            .OrderBy(kv => kv.Key, Ids.Comparer)
            .Select(kv => (kv.Key, JsonSerializer.Serialize(kv.Value)))]);
    }
}
