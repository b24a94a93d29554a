using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;

namespace ChainGraph.TestSupport.Differential;

public sealed partial class NaiveOracle
{
    /// <summary>chainGaps, sentence by sentence of the contract (section 4).</summary>
    public IReadOnlyList<ChainGap> Gaps(string r, string chainId, int weakBelow = 2)
    {
        var local = LocalSites(r).ToList();
        var leaves = Rows.Segments.Values.Where(s => IsLeaf(s.Id)).ToList();
        var localCompanies = new Dictionary<string, HashSet<string>>(Ord);
        HashSet<string> CompaniesIn(string segment)
        {
            if (!localCompanies.TryGetValue(segment, out var set))
            {
                localCompanies[segment] = set = local.Where(site => WorksIn(site, segment)).Select(site => site.CompanyId).ToHashSet(Ord);
            }
            return set;
        }
        CoverageStatus Status(string leaf) => StatusOf(CompaniesIn(leaf).Count, weakBelow);

        // (local anchor A of the chain asked about, leaf T) where A has a local site working in T
        var anchorLeaves = local.Where(site => IsAnchorOf(site.CompanyId, chainId))
            .SelectMany(site => leaves.Where(t => WorksIn(site, t.Id)).Select(t => (Anchor: site.CompanyId, Leaf: t.Id)))
            .Distinct().ToList();
        var anchorSegments = anchorLeaves.Select(x => x.Leaf).ToHashSet(Ord);
        bool Feeds(string from, string to) => Rows.Flows.Contains(new SegmentFlow(from, to));

        var gaps = new List<(ChainGap Gap, int AnchorCount, bool Committed)>();
        foreach (var s in leaves.Where(l => l.ChainId == chainId))
        {
            var status = Status(s.Id);
            if (status == CoverageStatus.Strong)
            {
                continue;
            }
            var reasons = new List<GapReason>();
            foreach (var (anchor, t) in anchorLeaves)
            {
                if (Feeds(s.Id, t))
                {
                    reasons.Add(new GapReason(anchor, t, Direction.Upstream));
                }
                if (Feeds(t, s.Id))
                {
                    reasons.Add(new GapReason(anchor, t, Direction.Downstream));
                }
            }
            foreach (var t in leaves.Where(t => !anchorSegments.Contains(t.Id) && Feeds(t.Id, s.Id) && Status(t.Id) == CoverageStatus.Strong))
            {
                reasons.Add(new GapReason(null, t.Id, Direction.Downstream));
            }
            GapKind? kind =
                status == CoverageStatus.Missing && reasons.Any(x => x.Direction == Direction.Upstream) ? GapKind.Fill
                : status == CoverageStatus.Weak && reasons.Count > 0 ? GapKind.Strengthen
                : status == CoverageStatus.Missing && reasons.Any(x => x.Direction == Direction.Downstream) ? GapKind.Extend
                : null;
            if (kind is null)
            {
                continue;
            }
            var ordered = reasons.Distinct()
                .OrderBy(x => x.Direction == Direction.Upstream ? "UPSTREAM" : "DOWNSTREAM", Ord)
                .ThenBy(x => x.AnchorId ?? "", Ord) // none first: "" sorts before every id
                .ThenBy(x => x.ViaSegmentId, Ord)
                .ToList();
            var anchorCount = ordered.Where(x => x.AnchorId is not null).Select(x => x.AnchorId).Distinct(Ord).Count();
            var linked = ordered.Select(x => x.ViaSegmentId).Distinct(Ord).SelectMany(CompaniesIn).Distinct(Ord).Count();
            var pipeline = Rows.Projects.Values
                .Where(p => p.SegmentId == s.Id && IsLive(p.Status) && IsIn(p.RegionCode, r))
                .OrderBy(p => p.Id, Ord)
                .ToList();
            var gap = new ChainGap(s, kind.Value, status, ordered, linked, IsDeclared(r, s.Id), pipeline);
            gaps.Add((gap, anchorCount, pipeline.Any(p => IsCommitted(p.Status))));
        }
        return gaps
            .OrderBy(g => g.Gap.Kind switch { GapKind.Fill => 0, GapKind.Strengthen => 1, _ => 2 })
            .ThenBy(g => g.Committed ? 1 : 0)
            .ThenBy(g => g.Gap.Declared ? 0 : 1)
            .ThenByDescending(g => g.AnchorCount)
            .ThenByDescending(g => g.Gap.LinkedLocalCompanies)
            .ThenBy(g => g.Gap.Segment.Id, Ord)
            .Select(g => g.Gap)
            .ToList();
    }
}
