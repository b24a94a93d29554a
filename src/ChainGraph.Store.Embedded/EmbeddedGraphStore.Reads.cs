using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded;

/// <summary>The read primitives, answered from the current snapshot without touching SQLite.</summary>
public sealed partial class EmbeddedGraphStore
{
    /// <summary>The current snapshot's reads, its indexes built first when they were deferred (<see cref="IndexTiming.WhenAsked"/>).</summary>
    private SnapshotReads Reads => new(_snapshot.EnsureIndexed());

    public ValueTask<IReadOnlyList<Chain>> GetChainsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetChains());

    public ValueTask<IReadOnlyList<Segment>> GetSegmentsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetSegments());

    public ValueTask<IReadOnlyList<SegmentFlow>> GetFlowsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetFlows());

    public ValueTask<IReadOnlyDictionary<string, Region>> GetRegionsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetRegions(codes));

    public ValueTask<IReadOnlyList<Region>> FindRegionsAsync(RegionLevel? level, string? parentCode, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.FindRegions(level, parentCode));

    public ValueTask<IReadOnlyDictionary<string, Company>> GetCompaniesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetCompanies(ids));

    public ValueTask<CompanyPage> FindCompaniesAsync(CompanyQuery query, int first, PagePosition? after, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.FindCompanies(query, first, after));

    public ValueTask<IReadOnlyDictionary<string, Site>> GetSitesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetSites(ids));

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Site>>> GetSitesOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetSitesOfCompanies(companyIds));

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Supply>>> GetSuppliesOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetSuppliesOfCompanies(companyIds));

    public ValueTask<IReadOnlyDictionary<string, Project>> GetProjectsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetProjects(ids));

    public ValueTask<IReadOnlyList<Project>> GetProjectsInRegionAsync(string regionCode, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetProjectsInRegion(regionCode));

    public ValueTask<IReadOnlyDictionary<string, SegmentPresence>> GetSegmentPresenceAsync(string regionCode, string chainId, IReadOnlyCollection<string> segmentIds, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetSegmentPresence(regionCode, chainId, segmentIds));

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetLocalCompaniesAsync(string regionCode, IReadOnlyCollection<string> segmentIds, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetLocalCompanies(regionCode, segmentIds));

    public ValueTask<IReadOnlyList<LocalAnchor>> GetLocalAnchorsAsync(string regionCode, string chainId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetLocalAnchors(regionCode, chainId));

    public ValueTask<ChainCompanyCounts> GetChainCompanyCountsAsync(string chainId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetChainCompanyCounts(chainId));

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>>> GetRegionPrioritiesAsync(IReadOnlyCollection<string> regionCodes, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetRegionPriorities(regionCodes));

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Anchor>>> GetAnchorsOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetAnchorsOfCompanies(companyIds));

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Project>>> GetProjectsOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetProjectsOfCompanies(companyIds));

    public ValueTask<IEnumerable<RecruitCandidate>> GetRecruitCandidatesAsync(string regionCode, string segmentId, IReadOnlyCollection<string> anchorGroupIds, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetRecruitCandidates(regionCode, segmentId, anchorGroupIds));

    public ValueTask<IEnumerable<RecruitCandidate>> GetRecruitCandidatesAsync(
        string regionCode, string segmentId, IReadOnlyCollection<string> anchorGroupIds, CandidateWorthy worthy, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetRecruitCandidates(regionCode, segmentId, anchorGroupIds, worthy));

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetCustomersAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Reads.GetCustomers(companyIds));
}
