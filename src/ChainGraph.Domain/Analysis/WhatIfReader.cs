using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Domain.Analysis;

/// <summary>
/// A store as it would be if some companies each opened one more site in a region (at the region's point,
/// working in every segment of their existing sites): the local answers for that region include the new
/// sites, everything else is the store's own. Nothing is written.
/// </summary>
internal sealed class WhatIfReader(IGraphReader store, string regionCode, IReadOnlyList<WhatIfReader.NewSite> sites) : IGraphReader
{
    /// <summary>A supposed new site: the company, its lineage, the segments it works in (with every segment above them) and its leaf segments.</summary>
    public sealed record NewSite(Lineage Company, IReadOnlySet<string> WorksIn, IReadOnlyList<string> Leaves);

    public static async ValueTask<WhatIfReader> CreateAsync(IGraphReader store, SegmentIndex segments, string regionCode, IReadOnlyList<string> companyIds, CancellationToken cancellationToken)
    {
        var existing = await store.GetSitesOfCompaniesAsync(companyIds, cancellationToken).ConfigureAwait(false);
        var sites = new List<NewSite>(companyIds.Count);
        foreach (var id in companyIds)
        {
            var listed = (existing.GetValueOrDefault(id) ?? []).SelectMany(s => s.SegmentIds).Distinct(StringComparer.Ordinal).ToList();
            var worksIn = listed.SelectMany(segments.SelfAndAncestors).ToHashSet(StringComparer.Ordinal);
            var leaves = listed.Where(segments.Leaves.Contains).ToList();
            sites.Add(new NewSite(await Lineage.LoadAsync(store, id, cancellationToken).ConfigureAwait(false), worksIn, leaves));
        }
        return new WhatIfReader(store, regionCode, sites);
    }

    public async ValueTask<IReadOnlyDictionary<string, SegmentPresence>> GetSegmentPresenceAsync(
        string regionCode, string chainId, IReadOnlyCollection<string> segmentIds, CancellationToken cancellationToken = default)
    {
        var presence = await store.GetSegmentPresenceAsync(regionCode, chainId, segmentIds, cancellationToken).ConfigureAwait(false);
        if (regionCode != RegionCode)
        {
            return presence;
        }
        var local = await store.GetLocalCompaniesAsync(regionCode, segmentIds, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, SegmentPresence>(presence, StringComparer.Ordinal);
        foreach (var segment in segmentIds)
        {
            var p = result.GetValueOrDefault(segment);
            foreach (var site in Sites.Where(s => s.WorksIn.Contains(segment)))
            {
                var newCompany = !(local.GetValueOrDefault(segment) ?? []).Contains(site.Company.CompanyId, StringComparer.Ordinal);
                var anchor = newCompany && site.Company.IsAnchorOf(chainId);
                p = new SegmentPresence(p.CompanyCount + (newCompany ? 1 : 0), p.SiteCount + 1, p.AnchorCount + (anchor ? 1 : 0));
            }
            if (p != default)
            {
                result[segment] = p;
            }
        }
        return result;
    }

    public async ValueTask<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetLocalCompaniesAsync(
        string regionCode, IReadOnlyCollection<string> segmentIds, CancellationToken cancellationToken = default)
    {
        var local = await store.GetLocalCompaniesAsync(regionCode, segmentIds, cancellationToken).ConfigureAwait(false);
        if (regionCode != RegionCode)
        {
            return local;
        }
        var result = new Dictionary<string, IReadOnlyList<string>>(local, StringComparer.Ordinal);
        foreach (var segment in segmentIds)
        {
            var added = Sites.Where(s => s.WorksIn.Contains(segment)).Select(s => s.Company.CompanyId).ToList();
            if (added.Count > 0)
            {
                var ids = (result.GetValueOrDefault(segment) ?? []).Concat(added).Distinct(StringComparer.Ordinal).ToList();
                ids.Sort(Ids.Comparer);
                result[segment] = ids;
            }
        }
        return result;
    }

    public async ValueTask<IReadOnlyList<LocalAnchor>> GetLocalAnchorsAsync(string regionCode, string chainId, CancellationToken cancellationToken = default)
    {
        var anchors = await store.GetLocalAnchorsAsync(regionCode, chainId, cancellationToken).ConfigureAwait(false);
        if (regionCode != RegionCode)
        {
            return anchors;
        }
        var byId = anchors.ToDictionary(a => a.CompanyId, StringComparer.Ordinal);
        foreach (var site in Sites.Where(s => s.Company.IsAnchorOf(chainId)))
        {
            var id = site.Company.CompanyId;
            var leaves = (byId.TryGetValue(id, out var known) ? known.LeafSegmentIds : []).Concat(site.Leaves).Distinct(StringComparer.Ordinal).ToList();
            leaves.Sort(Ids.Comparer);
            byId[id] = new LocalAnchor(id, site.Company.GroupId, leaves);
        }
        var result = byId.Values.ToList();
        result.Sort((a, b) => Ids.Comparer.Compare(a.CompanyId, b.CompanyId));
        return result;
    }

    private string RegionCode => regionCode;

    private IReadOnlyList<NewSite> Sites => sites;

    public ValueTask<IReadOnlyList<Chain>> GetChainsAsync(CancellationToken cancellationToken = default) => store.GetChainsAsync(cancellationToken);

    public ValueTask<IReadOnlyList<Segment>> GetSegmentsAsync(CancellationToken cancellationToken = default) => store.GetSegmentsAsync(cancellationToken);

    public ValueTask<IReadOnlyList<SegmentFlow>> GetFlowsAsync(CancellationToken cancellationToken = default) => store.GetFlowsAsync(cancellationToken);

    public ValueTask<IReadOnlyDictionary<string, Region>> GetRegionsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken = default) =>
        store.GetRegionsAsync(codes, cancellationToken);

    public ValueTask<IReadOnlyList<Region>> FindRegionsAsync(RegionLevel? level, string? parentCode, CancellationToken cancellationToken = default) =>
        store.FindRegionsAsync(level, parentCode, cancellationToken);

    public ValueTask<IReadOnlyDictionary<string, Company>> GetCompaniesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        store.GetCompaniesAsync(ids, cancellationToken);

    public ValueTask<CompanyPage> FindCompaniesAsync(CompanyQuery query, int first, PagePosition? after, CancellationToken cancellationToken = default) =>
        store.FindCompaniesAsync(query, first, after, cancellationToken);

    public ValueTask<IReadOnlyDictionary<string, Site>> GetSitesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        store.GetSitesAsync(ids, cancellationToken);

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Site>>> GetSitesOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        store.GetSitesOfCompaniesAsync(companyIds, cancellationToken);

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Supply>>> GetSuppliesOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        store.GetSuppliesOfCompaniesAsync(companyIds, cancellationToken);

    public ValueTask<IReadOnlyDictionary<string, Project>> GetProjectsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        store.GetProjectsAsync(ids, cancellationToken);

    public ValueTask<IReadOnlyList<Project>> GetProjectsInRegionAsync(string regionCode, CancellationToken cancellationToken = default) =>
        store.GetProjectsInRegionAsync(regionCode, cancellationToken);

    public ValueTask<IEnumerable<RecruitCandidate>> GetRecruitCandidatesAsync(
        string regionCode, string segmentId, IReadOnlyCollection<string> anchorGroupIds, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("a what-if store answers gaps and coverage, not recruitment");

    public ValueTask<ChainCompanyCounts> GetChainCompanyCountsAsync(string chainId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("a what-if store answers gaps and coverage, not comparisons");

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>>> GetRegionPrioritiesAsync(IReadOnlyCollection<string> regionCodes, CancellationToken cancellationToken = default) =>
        store.GetRegionPrioritiesAsync(regionCodes, cancellationToken);

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Anchor>>> GetAnchorsOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        store.GetAnchorsOfCompaniesAsync(companyIds, cancellationToken);

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Project>>> GetProjectsOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        store.GetProjectsOfCompaniesAsync(companyIds, cancellationToken);

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetCustomersAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        store.GetCustomersAsync(companyIds, cancellationToken);

    public ValueTask<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => store.GetStatsAsync(cancellationToken);
}
