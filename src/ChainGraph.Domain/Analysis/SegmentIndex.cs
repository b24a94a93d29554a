using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Domain.Analysis;

/// <summary>The segment trees and FEEDS flows, indexed for one question.</summary>
internal sealed class SegmentIndex
{
    private SegmentIndex(IReadOnlyList<Segment> segments, IReadOnlyList<SegmentFlow> flows)
    {
        ById = segments.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var parents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in segments)
        {
            if (s.ParentId is not null)
            {
                parents.Add(s.ParentId);
            }
        }
        Leaves = segments.Where(s => !parents.Contains(s.Id)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        Feeds = Group(flows, f => f.FromId, f => f.ToId);
        FedBy = Group(flows, f => f.ToId, f => f.FromId);
    }

    public IReadOnlyDictionary<string, Segment> ById { get; }

    public IReadOnlySet<string> Leaves { get; }

    /// <summary>Segment id to the segments it FEEDS.</summary>
    public IReadOnlyDictionary<string, List<string>> Feeds { get; }

    /// <summary>Segment id to the segments that FEED it.</summary>
    public IReadOnlyDictionary<string, List<string>> FedBy { get; }

    public static async ValueTask<SegmentIndex> LoadAsync(IGraphReader store, CancellationToken cancellationToken)
    {
        var segments = await store.GetSegmentsAsync(cancellationToken).ConfigureAwait(false);
        var flows = await store.GetFlowsAsync(cancellationToken).ConfigureAwait(false);
        return new SegmentIndex(segments, flows);
    }

    /// <summary>Segments of a chain, ordered by id.</summary>
    public List<Segment> OfChain(string chainId)
    {
        var list = ById.Values.Where(s => s.ChainId == chainId).ToList();
        list.Sort((a, b) => Ids.Comparer.Compare(a.Id, b.Id));
        return list;
    }

    /// <summary>The segment and every segment above it.</summary>
    public IEnumerable<string> SelfAndAncestors(string segmentId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = segmentId; id is not null && seen.Add(id) && ById.TryGetValue(id, out var s); id = s.ParentId)
        {
            yield return id;
        }
    }

    private static Dictionary<string, List<string>> Group(IReadOnlyList<SegmentFlow> flows, Func<SegmentFlow, string> key, Func<SegmentFlow, string> value)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var f in flows)
        {
            if (!map.TryGetValue(key(f), out var list))
            {
                map[key(f)] = list = [];
            }
            if (!list.Contains(value(f), StringComparer.Ordinal))
            {
                list.Add(value(f));
            }
        }
        return map;
    }
}
