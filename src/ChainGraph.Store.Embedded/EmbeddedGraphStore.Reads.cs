using System.Buffers;
using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded;

/// <summary>The read primitives, answered from the current snapshot without touching SQLite.</summary>
public sealed partial class EmbeddedGraphStore
{
    public ValueTask<IReadOnlyList<Chain>> GetChainsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<Chain>>(_snapshot.Chains);

    public ValueTask<IReadOnlyList<Segment>> GetSegmentsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<Segment>>(_snapshot.Segments);

    public ValueTask<IReadOnlyList<SegmentFlow>> GetFlowsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<SegmentFlow>>(_snapshot.FlowList);

    public ValueTask<IReadOnlyDictionary<string, Region>> GetRegionsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken = default) =>
        Pick(_snapshot.Data.Regions, codes);

    public ValueTask<IReadOnlyList<Region>> FindRegionsAsync(RegionLevel? level, string? parentCode, CancellationToken cancellationToken = default)
    {
        var s = _snapshot;
        IEnumerable<Region> regions = parentCode is null
            ? s.Regions
            : s.RegionIndex.TryGetValue(parentCode, out var p) ? s.RegionChildren[p].Select(i => s.Regions[i]) : [];
        if (level is { } l)
        {
            regions = regions.Where(r => r.Level == l);
        }
        return ValueTask.FromResult<IReadOnlyList<Region>>(regions.ToList());
    }

    public ValueTask<IReadOnlyDictionary<string, Company>> GetCompaniesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Pick(_snapshot.Data.Companies, ids);

    public ValueTask<CompanyPage> FindCompaniesAsync(CompanyQuery query, int first, PagePosition? after, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(CompanyListing.Find(_snapshot, query, first, after));

    public ValueTask<IReadOnlyDictionary<string, Site>> GetSitesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Pick(_snapshot.Data.Sites, ids);

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Site>>> GetSitesOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default)
    {
        var s = _snapshot;
        var result = new Dictionary<string, IReadOnlyList<Site>>(StringComparer.Ordinal);
        foreach (var id in companyIds)
        {
            if (s.CompanyIndex.TryGetValue(id, out var c))
            {
                result[id] = s.CompanySites[c].Select(i => s.Sites[i]).ToArray();
            }
        }
        return ValueTask.FromResult<IReadOnlyDictionary<string, IReadOnlyList<Site>>>(result);
    }

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Supply>>> GetSuppliesOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default)
    {
        var s = _snapshot;
        var result = new Dictionary<string, IReadOnlyList<Supply>>(StringComparer.Ordinal);
        foreach (var id in companyIds)
        {
            if (s.CompanyIndex.TryGetValue(id, out var c))
            {
                var rows = s.CompanySupplies[c].ToArray();
                Array.Sort(rows, CompareSupplies);
                result[id] = rows;
            }
        }
        return ValueTask.FromResult<IReadOnlyDictionary<string, IReadOnlyList<Supply>>>(result);
    }

    public ValueTask<IReadOnlyDictionary<string, Project>> GetProjectsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Pick(_snapshot.Data.Projects, ids);

    public ValueTask<IReadOnlyList<Project>> GetProjectsInRegionAsync(string regionCode, CancellationToken cancellationToken = default)
    {
        var s = _snapshot;
        return ValueTask.FromResult<IReadOnlyList<Project>>(s.RegionIndex.TryGetValue(regionCode, out var r) ? s.PerRegion[r].Projects : []);
    }

    public ValueTask<IReadOnlyDictionary<string, SegmentPresence>> GetSegmentPresenceAsync(
        string regionCode, string chainId, IReadOnlyCollection<string> segmentIds, CancellationToken cancellationToken = default)
    {
        var s = _snapshot;
        var result = new Dictionary<string, SegmentPresence>(segmentIds.Count, StringComparer.Ordinal);
        if (s.RegionIndex.TryGetValue(regionCode, out var r))
        {
            var chain = s.ChainIndex.GetValueOrDefault(chainId, -1);
            var presence = s.PerRegion[r].Presence;
            foreach (var id in segmentIds)
            {
                if (s.SegmentIndex.TryGetValue(id, out var g) && presence.TryGetValue(g, out var p))
                {
                    result[id] = p.For(chain);
                }
            }
        }
        return ValueTask.FromResult<IReadOnlyDictionary<string, SegmentPresence>>(result);
    }

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetLocalCompaniesAsync(
        string regionCode, IReadOnlyCollection<string> segmentIds, CancellationToken cancellationToken = default)
    {
        var s = _snapshot;
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (!s.RegionIndex.TryGetValue(regionCode, out var r))
        {
            return ValueTask.FromResult<IReadOnlyDictionary<string, IReadOnlyList<string>>>(result);
        }
        var wanted = new Dictionary<int, List<int>>();
        foreach (var id in segmentIds)
        {
            if (s.SegmentIndex.TryGetValue(id, out var g))
            {
                wanted.TryAdd(g, []);
            }
        }
        // Local sites are in id order, and companies in id order across their sites: collect, then sort and dedupe.
        foreach (var site in s.PerRegion[r].LocalSites)
        {
            foreach (var g in s.SiteWorksIn[site])
            {
                if (wanted.TryGetValue(g, out var companies))
                {
                    companies.Add(s.SiteCompany[site]);
                }
            }
        }
        foreach (var (g, companies) in wanted)
        {
            if (companies.Count > 0)
            {
                result[s.Segments[g].Id] = companies.Distinct().Order().Select(c => s.Companies[c].Id).ToArray();
            }
        }
        return ValueTask.FromResult<IReadOnlyDictionary<string, IReadOnlyList<string>>>(result);
    }

    public ValueTask<IReadOnlyList<LocalAnchor>> GetLocalAnchorsAsync(string regionCode, string chainId, CancellationToken cancellationToken = default)
    {
        var s = _snapshot;
        return ValueTask.FromResult<IReadOnlyList<LocalAnchor>>(
            s.RegionIndex.TryGetValue(regionCode, out var r) && s.ChainIndex.TryGetValue(chainId, out var chain) ? s.PerRegion[r].Anchors[chain] : []);
    }

    public ValueTask<ChainCompanyCounts> GetChainCompanyCountsAsync(string chainId, CancellationToken cancellationToken = default)
    {
        var s = _snapshot;
        var bySegment = new Dictionary<string, int>(StringComparer.Ordinal);
        var all = new HashSet<int>();
        for (var g = 0; g < s.Segments.Length; g++)
        {
            if (s.Segments[g].ChainId != chainId)
            {
                continue;
            }
            // Sites of a segment are ordered by company: count each company once.
            var count = 0;
            var last = -1;
            foreach (var site in s.SegmentSites[g])
            {
                var company = s.SiteCompany[site];
                if (company != last)
                {
                    count++;
                    last = company;
                    all.Add(company);
                }
            }
            if (count > 0)
            {
                bySegment[s.Segments[g].Id] = count;
            }
        }
        return ValueTask.FromResult(new ChainCompanyCounts(bySegment, all.Count));
    }

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>>> GetRegionPrioritiesAsync(
        IReadOnlyCollection<string> regionCodes, CancellationToken cancellationToken = default) =>
        Group(_snapshot.PrioritiesOfRegion, regionCodes);

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Anchor>>> GetAnchorsOfCompaniesAsync(
        IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        Group(_snapshot.AnchorsOfCompany, companyIds);

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Project>>> GetProjectsOfCompaniesAsync(
        IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        Group(_snapshot.ProjectsOfCompany, companyIds);

    public ValueTask<IEnumerable<RecruitCandidate>> GetRecruitCandidatesAsync(
        string regionCode, string segmentId, IReadOnlyCollection<string> anchorGroupIds, CancellationToken cancellationToken = default)
    {
        var s = _snapshot;
        return ValueTask.FromResult(
            s.RegionIndex.TryGetValue(regionCode, out var r) && s.SegmentIndex.TryGetValue(segmentId, out var g)
                ? CandidateScan.Run(s, r, g, anchorGroupIds)
                : Enumerable.Empty<RecruitCandidate>());
    }

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetCustomersAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default)
    {
        var s = _snapshot;
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var id in companyIds)
        {
            if (s.CompanyIndex.TryGetValue(id, out var c) && s.Customers[c].Length > 0)
            {
                result[id] = s.Customers[c].Select(x => s.Companies[x].Id).ToArray();
            }
        }
        return ValueTask.FromResult<IReadOnlyDictionary<string, IReadOnlyList<string>>>(result);
    }

    /// <summary>Supplier, then customer, then segment (none first), by id.</summary>
    private static int CompareSupplies(Supply a, Supply b)
    {
        var c = Ids.Comparer.Compare(a.SupplierId, b.SupplierId);
        if (c == 0)
        {
            c = Ids.Comparer.Compare(a.CustomerId, b.CustomerId);
        }
        return c != 0 ? c : Ids.Comparer.Compare(a.SegmentId ?? "", b.SegmentId ?? "");
    }

    private static ValueTask<IReadOnlyDictionary<string, IReadOnlyList<T>>> Group<T>(Dictionary<string, T[]> all, IReadOnlyCollection<string> keys)
    {
        var result = new Dictionary<string, IReadOnlyList<T>>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (all.TryGetValue(key, out var value))
            {
                result[key] = value;
            }
        }
        return ValueTask.FromResult<IReadOnlyDictionary<string, IReadOnlyList<T>>>(result);
    }

    private static ValueTask<IReadOnlyDictionary<string, T>> Pick<T>(Dictionary<string, T> all, IReadOnlyCollection<string> keys)
    {
        var result = new Dictionary<string, T>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (all.TryGetValue(key, out var value))
            {
                result[key] = value;
            }
        }
        return ValueTask.FromResult<IReadOnlyDictionary<string, T>>(result);
    }
}
