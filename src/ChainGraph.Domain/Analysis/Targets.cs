using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Domain.Analysis;

/// <summary>Recruitment targets of a region for a segment (domain contract, section 5).</summary>
internal static class Targets
{
    public static async ValueTask<IReadOnlyList<RecruitTarget>> ComputeAsync(
        IGraphReader store, Region region, Segment segment, int first, ScoreWeights weights, RecruitScope scope, CancellationToken cancellationToken)
    {
        var segmentId = segment.Id;
        var anchors = await store.GetLocalAnchorsAsync(region.Code, segment.ChainId, cancellationToken).ConfigureAwait(false);
        var anchorGroups = anchors.Select(a => a.GroupId).Distinct(StringComparer.Ordinal).ToList();
        var top = new TopList(first);
        // What a candidate could score at best (at distance 0), from what the scan knows before it measures distances:
        // a store that can use it skips every candidate of the wrong scope or that could not make the list as it stands.
        CandidateWorthy worthy = (strength, tags, groupLocal) =>
            !OutOfScope(scope, groupLocal)
            && top.CouldTake((weights.AnchorTies * strength) + (weights.Credentials * tags.Credentials()) + Math.Max(0, weights.Proximity));
        var candidates = store is IBoundedCandidateReader bounded
            ? await bounded.GetRecruitCandidatesAsync(region.Code, segmentId, anchorGroups, worthy, cancellationToken).ConfigureAwait(false)
            : await store.GetRecruitCandidatesAsync(region.Code, segmentId, anchorGroups, cancellationToken).ConfigureAwait(false);

        var inPipeline = new HashSet<string>(StringComparer.Ordinal);
        foreach (var project in await store.GetProjectsInRegionAsync(region.Code, cancellationToken).ConfigureAwait(false))
        {
            if (project.CompanyId is not null && ChainEngine.IsActive(project.Status))
            {
                inPipeline.Add(project.CompanyId);
            }
        }

        foreach (var c in candidates)
        {
            if (OutOfScope(scope, c.GroupLocal))
            {
                continue;
            }
            // By index: an enumerator through the interface would be one allocation per candidate.
            var strength = 0.0;
            for (var t = 0; t < c.Ties.Count; t++)
            {
                strength += c.Ties[t].Weight;
            }
            var credentials = c.Tags.Credentials();
            var proximity = Math.Max(0, 1 - (c.DistanceKm / 1000));
            var score = (weights.AnchorTies * strength) + (weights.Credentials * credentials) + (weights.Proximity * proximity);
            if (top.CouldTake(score))
            {
                top.Offer(new Scored(c, score, c.Ties.Count, strength, credentials, proximity));
            }
        }

        var result = new List<RecruitTarget>(first);
        foreach (var s in top.Ordered())
        {
            var tiedGroups = s.Candidate.Ties.Select(t => t.GroupId).ToHashSet(StringComparer.Ordinal);
            var supplied = anchors.Where(a => tiedGroups.Contains(a.GroupId)).Select(a => a.CompanyId).ToList();
            supplied.Sort(Ids.Comparer);
            result.Add(new RecruitTarget(
                s.Candidate.CompanyId,
                s.Score,
                s.AnchorTies,
                s.Credentials,
                s.Proximity,
                s.Candidate.DistanceKm,
                inPipeline.Contains(s.Candidate.CompanyId),
                supplied,
                s.Candidate.NearestSiteId,
                s.TieStrength,
                s.Candidate.GroupLocal));
        }
        return result;
    }

    /// <summary>New investors only (the default) leave out groups already local; expansions only keep just those.</summary>
    private static bool OutOfScope(RecruitScope scope, bool groupLocal) =>
        scope == RecruitScope.New ? groupLocal : scope == RecruitScope.Expansion && !groupLocal;

    private readonly record struct Scored(RecruitCandidate Candidate, double Score, int AnchorTies, double TieStrength, int Credentials, double Proximity);

    /// <summary>Keeps the best <c>capacity</c> candidates: higher score first, then smaller company id.</summary>
    private sealed class TopList(int capacity)
    {
        private static readonly Comparer<Scored> Order = Comparer<Scored>.Create(Compare);
        private readonly List<Scored> _items = new(capacity + 1);

        /// <summary>False when a candidate with this score cannot make the list (a cheap check before building it).</summary>
        public bool CouldTake(double score) => _items.Count < capacity || score >= _items[^1].Score;

        public void Offer(Scored item)
        {
            if (_items.Count == capacity && Compare(item, _items[^1]) >= 0)
            {
                return;
            }
            var at = _items.BinarySearch(item, Order);
            _items.Insert(at < 0 ? ~at : at, item);
            if (_items.Count > capacity)
            {
                _items.RemoveAt(_items.Count - 1);
            }
        }

        public List<Scored> Ordered() => _items;

        private static int Compare(Scored a, Scored b)
        {
            var c = b.Score.CompareTo(a.Score);
            return c != 0 ? c : Ids.Comparer.Compare(a.Candidate.CompanyId, b.Candidate.CompanyId);
        }
    }
}
