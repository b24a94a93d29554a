using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;

namespace ChainGraph.TestSupport.Differential;

/// <summary>
/// A second, deliberately plain answer to the planner's questions, written from docs/domain.md alone:
/// every answer is worked out from the raw rows with LINQ, sentence by sentence of the contract, with no
/// index, snapshot or shared code of the engine. It is slow on purpose; its only job is to be obviously right.
/// </summary>
public sealed partial class NaiveOracle(DataSetRows rows)
{
    private static readonly StringComparer Ord = StringComparer.Ordinal;

    public DataSetRows Rows { get; } = rows;

    /// <summary>"In R": R or any region below it.</summary>
    public bool IsIn(string regionCode, string r)
    {
        for (string? at = regionCode; at is not null; at = Rows.Regions.TryGetValue(at, out var region) ? region.ParentCode : null)
        {
            if (at == r)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>S and every segment above it.</summary>
    public IEnumerable<string> SelfAndAbove(string segmentId)
    {
        for (string? at = segmentId; at is not null; at = Rows.Segments.TryGetValue(at, out var s) ? s.ParentId : null)
        {
            yield return at;
        }
    }

    /// <summary>A site works in S when one of its segments is S or below S.</summary>
    public bool WorksIn(Site site, string segmentId)
    {
        // the same answer as site.SegmentIds.Any(t => SelfAndAbove(t).Contains(segmentId)), remembered per site row
        if (!_worksIn.TryGetValue(site, out var set))
        {
            _worksIn[site] = set = site.SegmentIds.SelectMany(SelfAndAbove).ToHashSet(Ord);
        }
        return set.Contains(segmentId);
    }

    private readonly Dictionary<Site, HashSet<string>> _worksIn = new(ReferenceEqualityComparer.Instance);

    public bool IsLeaf(string segmentId) => !Rows.Segments.Values.Any(s => s.ParentId == segmentId);

    /// <summary>The top of a company's parent chain.</summary>
    public string GroupOf(string companyId)
    {
        var at = companyId;
        while (Rows.Companies.TryGetValue(at, out var c) && c.ParentId is not null)
        {
            at = c.ParentId;
        }
        return at;
    }

    /// <summary>It, or any company above it in its group, is tagged ANCHOR.</summary>
    public bool IsAnchor(string companyId)
    {
        for (string? at = companyId; at is not null; at = Rows.Companies.TryGetValue(at, out var c) ? c.ParentId : null)
        {
            if (Rows.Companies.TryGetValue(at, out var company) && (company.Tags & CompanyTags.Anchor) != 0)
            {
                return true;
            }
        }
        return false;
    }

    public IEnumerable<Site> LocalSites(string r) => Rows.Sites.Values.Where(s => IsIn(s.RegionCode, r));

    public List<string> LocalAnchors(string r) =>
        LocalSites(r).Select(s => s.CompanyId).Distinct(Ord).Where(IsAnchor).Order(Ord).ToList();

    public static bool IsLive(ProjectStatus status) =>
        status is ProjectStatus.Lead or ProjectStatus.Negotiating or ProjectStatus.Signed or ProjectStatus.Started;

    public IReadOnlyList<SegmentCoverage> Coverage(string r, string chainId, int weakBelow = 2)
    {
        var local = LocalSites(r).ToList();
        var live = Rows.Projects.Values.Where(p => IsIn(p.RegionCode, r) && IsLive(p.Status) && p.SegmentId is not null).ToList();
        return Rows.Segments.Values.Where(s => s.ChainId == chainId).OrderBy(s => s.Id, Ord).Select(s =>
        {
            var sites = local.Where(site => WorksIn(site, s.Id)).ToList();
            var companies = sites.Select(site => site.CompanyId).Distinct(Ord).ToList();
            var projects = live.Where(p => SelfAndAbove(p.SegmentId!).Contains(s.Id, Ord)).ToList();
            return new SegmentCoverage(
                s,
                StatusOf(companies.Count, weakBelow),
                companies.Count,
                sites.Count,
                companies.Count(IsAnchor),
                projects.Count,
                projects.Sum(p => p.InvestmentYuan ?? 0));
        }).ToList();
    }

    private static CoverageStatus StatusOf(int companies, int weakBelow) =>
        companies == 0 ? CoverageStatus.Missing : companies < weakBelow ? CoverageStatus.Weak : CoverageStatus.Strong;

    public IReadOnlyList<ChainGap> Gaps(string r, string chainId, int weakBelow = 2)
    {
        var local = LocalSites(r).ToList();
        var leaves = Rows.Segments.Values.Where(s => IsLeaf(s.Id)).ToList();
        var statuses = new Dictionary<string, CoverageStatus>(Ord);
        CoverageStatus Status(string leaf)
        {
            if (!statuses.TryGetValue(leaf, out var status))
            {
                statuses[leaf] = status = StatusOf(local.Where(site => WorksIn(site, leaf)).Select(site => site.CompanyId).Distinct(Ord).Count(), weakBelow);
            }
            return status;
        }
        // (local anchor A, leaf T) where A has a local site working in T
        var anchorLeaves = local.Where(site => IsAnchor(site.CompanyId))
            .SelectMany(site => leaves.Where(t => WorksIn(site, t.Id)).Select(t => (Anchor: site.CompanyId, Leaf: t.Id)))
            .Distinct().ToList();
        var anchorSegments = anchorLeaves.Select(x => x.Leaf).ToHashSet(Ord);
        bool Feeds(string from, string to) => Rows.Flows.Contains(new SegmentFlow(from, to));

        var gaps = new List<ChainGap>();
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
            gaps.Add(new ChainGap(s, kind.Value, status, ordered));
        }
        return gaps
            .OrderBy(g => (int)g.Kind)
            .ThenByDescending(g => g.Reasons.Where(x => x.AnchorId is not null).Select(x => x.AnchorId).Distinct(Ord).Count())
            .ThenBy(g => g.Segment.Id, Ord)
            .ToList();
    }

    public ProjectPipeline Pipeline(string r, DateOnly? from, DateOnly? to)
    {
        var projects = Rows.Projects.Values
            .Where(p => IsIn(p.RegionCode, r) && (from is null || p.StatusDate >= from) && (to is null || p.StatusDate <= to))
            .ToList();
        var byStatus = Enum.GetValues<ProjectStatus>()
            .Select(st => projects.Where(p => p.Status == st).ToList())
            .Select((ps, i) => new PipelineBucket((ProjectStatus)i, ps.Count, ps.Sum(p => p.InvestmentYuan ?? 0)))
            .ToList();
        string CategoryOf(Project p) => p.SegmentId is null ? "UNCLASSIFIED" : ContractNames.Of(Rows.Segments[p.SegmentId].Category);
        var byCategory = ContractNames.All<SegmentCategory>().Append("UNCLASSIFIED")
            .Select(name => projects.Where(p => CategoryOf(p) == name).ToList() is var ps
                ? new PipelineCategoryBucket(name, ps.Count, ps.Sum(p => p.InvestmentYuan ?? 0))
                : null!)
            .ToList();
        return new ProjectPipeline(byStatus, byCategory);
    }
}
