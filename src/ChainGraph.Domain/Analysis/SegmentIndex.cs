using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Domain.Analysis;

/// <summary>
/// The segment trees and FEEDS flows, indexed for a question. Read-only once built: the last index built is kept and
/// handed out again while the store returns the very same segment and flow lists (the embedded store's snapshot
/// arrays, until a write), so that a busy service does not rebuild it for every request.
/// </summary>
internal sealed class SegmentIndex
{
    private static SegmentIndex? s_last;
    private readonly IReadOnlyList<Segment> _segments;
    private readonly IReadOnlyList<SegmentFlow> _flows;

    private SegmentIndex(IReadOnlyList<Segment> segments, IReadOnlyList<SegmentFlow> flows)
    {
        _segments = segments;
        _flows = flows;
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
        return Of(segments, flows);
    }

    /// <summary>
    /// The index of these lists: the last one built when they are the same instances it was built from (a store's
    /// lists are read-only, <see cref="IGraphReader"/>), otherwise a new one, which is then kept.
    /// </summary>
    internal static SegmentIndex Of(IReadOnlyList<Segment> segments, IReadOnlyList<SegmentFlow> flows)
    {
        var last = Volatile.Read(ref s_last);
        if (last is not null && ReferenceEquals(last._segments, segments) && ReferenceEquals(last._flows, flows))
        {
            return last;
        }
        var index = new SegmentIndex(segments, flows);
        Volatile.Write(ref s_last, index);
        return index;
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
