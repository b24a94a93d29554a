using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Store;

/// <summary>
/// The read side of a store, shaped around what the engine and the API ask. Batched lookups return
/// only the keys that exist. "In R" always means R or any region below it. A list or map a reader returns is never
/// changed afterwards (the engine may keep what it derived from a list while the same instance comes back).
/// </summary>
public interface IGraphReader
{
    ValueTask<IReadOnlyList<Chain>> GetChainsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every segment of every chain (segment trees are small).</summary>
    ValueTask<IReadOnlyList<Segment>> GetSegmentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every FEEDS flow.</summary>
    ValueTask<IReadOnlyList<SegmentFlow>> GetFlowsAsync(CancellationToken cancellationToken = default);

    ValueTask<IReadOnlyDictionary<string, Region>> GetRegionsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken = default);

    /// <summary>Regions at a level and/or directly under a parent, ordered by code.</summary>
    ValueTask<IReadOnlyList<Region>> FindRegionsAsync(RegionLevel? level, string? parentCode, CancellationToken cancellationToken = default);

    ValueTask<IReadOnlyDictionary<string, Company>> GetCompaniesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Companies matching the query, in its order, one page after a position (a previous page's last company and its sort key).</summary>
    ValueTask<CompanyPage> FindCompaniesAsync(CompanyQuery query, int first, PagePosition? after, CancellationToken cancellationToken = default);

    ValueTask<IReadOnlyDictionary<string, Site>> GetSitesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Sites of each company, ordered by site id.</summary>
    ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Site>>> GetSitesOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default);

    /// <summary>Supply rows where each company is supplier or customer.</summary>
    ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Supply>>> GetSuppliesOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default);

    ValueTask<IReadOnlyDictionary<string, Project>> GetProjectsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Projects in a region, ordered by id.</summary>
    ValueTask<IReadOnlyList<Project>> GetProjectsInRegionAsync(string regionCode, CancellationToken cancellationToken = default);

    /// <summary>
    /// Local presence of a region in each of the given segments (segments without presence may be left out);
    /// <see cref="SegmentPresence.AnchorCount"/> counts the anchors of <paramref name="chainId"/>.
    /// </summary>
    ValueTask<IReadOnlyDictionary<string, SegmentPresence>> GetSegmentPresenceAsync(
        string regionCode,
        string chainId,
        IReadOnlyCollection<string> segmentIds,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The local companies of a region with a local site working in each of the given segments, ordered by id
    /// (segments without any may be left out).
    /// </summary>
    ValueTask<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetLocalCompaniesAsync(
        string regionCode,
        IReadOnlyCollection<string> segmentIds,
        CancellationToken cancellationToken = default);

    /// <summary>The local anchors of a region for a chain (anchors of that chain), ordered by company id.</summary>
    ValueTask<IReadOnlyList<LocalAnchor>> GetLocalAnchorsAsync(string regionCode, string chainId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The recruitment candidates of a region for a segment (any order): companies with a site working in the
    /// segment and no local site, whether their group is local, and the groups among
    /// <paramref name="anchorGroupIds"/> that their group supplies, each with the largest confidence weight of
    /// those supply rows. The sequence may be computed as it is read: enumerate it once.
    /// </summary>
    ValueTask<IEnumerable<RecruitCandidate>> GetRecruitCandidatesAsync(
        string regionCode,
        string segmentId,
        IReadOnlyCollection<string> anchorGroupIds,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// How many distinct companies (anywhere) have a site working in each segment of a chain, and in some
    /// segment of it.
    /// </summary>
    ValueTask<ChainCompanyCounts> GetChainCompanyCountsAsync(string chainId, CancellationToken cancellationToken = default);

    /// <summary>The priority rows of each region (of that region itself), ordered by segment id.</summary>
    ValueTask<IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>>> GetRegionPrioritiesAsync(
        IReadOnlyCollection<string> regionCodes,
        CancellationToken cancellationToken = default);

    /// <summary>The anchor rows of each company (its own rows, not its group's), ordered by chain id.</summary>
    ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Anchor>>> GetAnchorsOfCompaniesAsync(
        IReadOnlyCollection<string> companyIds,
        CancellationToken cancellationToken = default);

    /// <summary>The projects of each company, in every region, ordered by id.</summary>
    ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Project>>> GetProjectsOfCompaniesAsync(
        IReadOnlyCollection<string> companyIds,
        CancellationToken cancellationToken = default);

    /// <summary>Distinct direct customers of each company (companies without customers may be left out).</summary>
    ValueTask<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetCustomersAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default);

    ValueTask<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);
}
