using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;

namespace ChainGraph.TestSupport.Differential;

/// <summary>
/// A second, deliberately plain answer to the planner's questions, written from the domain contract (version 2)
/// alone: every answer is worked out from the raw rows with LINQ, sentence by sentence of the contract, with no
/// index, snapshot or shared code of the engine. It is slow on purpose; its only job is to be obviously right.
/// </summary>
public sealed partial class NaiveOracle(DataSetRows rows)
{
    private static readonly StringComparer Ord = StringComparer.Ordinal;

    private readonly Dictionary<Site, HashSet<string>> _worksIn = new(ReferenceEqualityComparer.Instance);

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

    /// <summary>It, or any company above it in its group chain, is tagged ANCHOR or has an Anchor row for the chain.</summary>
    public bool IsAnchorOf(string companyId, string chainId)
    {
        for (string? at = companyId; at is not null; at = Rows.Companies.TryGetValue(at, out var c) ? c.ParentId : null)
        {
            if (Rows.Companies.TryGetValue(at, out var company) && (company.Tags & CompanyTags.Anchor) != 0)
            {
                return true;
            }
            if (Rows.Anchors.ContainsKey(new AnchorKey(at, chainId)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>An anchor of some chain of the data set.</summary>
    public bool IsAnchorOfAnyChain(string companyId) => Rows.Chains.Keys.Any(chain => IsAnchorOf(companyId, chain));

    public IEnumerable<Site> LocalSites(string r) => Rows.Sites.Values.Where(s => IsIn(s.RegionCode, r));

    /// <summary>The local companies of R that are anchors of the chain, by id.</summary>
    public List<string> LocalAnchors(string r, string chainId) =>
        LocalSites(r).Select(s => s.CompanyId).Distinct(Ord).Where(c => IsAnchorOf(c, chainId)).Order(Ord).ToList();

    public static bool IsLive(ProjectStatus status) =>
        status is ProjectStatus.Lead or ProjectStatus.Negotiating or ProjectStatus.Signed or ProjectStatus.Started;

    public static bool IsCommitted(ProjectStatus status) => status is ProjectStatus.Signed or ProjectStatus.Started;

    /// <summary>R itself (not a region above or below it) has a RegionPriority row for S.</summary>
    public bool IsDeclared(string r, string segmentId) => Rows.RegionPriorities.ContainsKey(new RegionPriorityKey(r, segmentId));

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
                companies.Count(c => IsAnchorOf(c, chainId)),
                projects.Count,
                projects.Sum(p => p.InvestmentYuan ?? 0),
                IsDeclared(r, s.Id));
        }).ToList();
    }

    public static CoverageStatus StatusOf(int companies, int weakBelow) =>
        companies == 0 ? CoverageStatus.Missing : companies < weakBelow ? CoverageStatus.Weak : CoverageStatus.Strong;

    public ProjectPipeline Pipeline(string r, DateOnly? from, DateOnly? to)
    {
        var projects = Rows.Projects.Values
            .Where(p => IsIn(p.RegionCode, r) && (from is null || p.StatusDate >= from) && (to is null || p.StatusDate <= to))
            .ToList();
        var byStatus = Enum.GetValues<ProjectStatus>()
            .Select(st => (Status: st, Projects: projects.Where(p => p.Status == st).ToList()))
            .Select(x => new PipelineBucket(x.Status, x.Projects.Count, x.Projects.Sum(p => p.InvestmentYuan ?? 0), x.Projects.Count(p => p.InvestmentYuan is null)))
            .ToList();
        string CategoryOf(Project p) => p.SegmentId is null ? "UNCLASSIFIED" : ContractNames.Of(Rows.Segments[p.SegmentId].Category);
        var byCategory = ContractNames.All<SegmentCategory>().Append("UNCLASSIFIED")
            .Select(name => (Name: name, Projects: projects.Where(p => CategoryOf(p) == name).ToList()))
            .Select(x => new PipelineCategoryBucket(x.Name, x.Projects.Count, x.Projects.Sum(p => p.InvestmentYuan ?? 0), x.Projects.Count(p => p.InvestmentYuan is null)))
            .ToList();
        return new ProjectPipeline(byStatus, byCategory);
    }
}
