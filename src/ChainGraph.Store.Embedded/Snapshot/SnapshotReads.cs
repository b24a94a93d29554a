using System.Buffers;
using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// The store's read primitives over one snapshot, without touching SQLite: the embedded store asks them of its current
/// snapshot, the scoped reader of a snapshot holding the rows a question needs.
/// </summary>
internal sealed class SnapshotReads(GraphSnapshot s)
{
    public IReadOnlyList<Chain> GetChains() =>
        s.Chains;

    public IReadOnlyList<Segment> GetSegments() =>
        s.Segments;

    public IReadOnlyList<SegmentFlow> GetFlows() =>
        s.FlowList;

    public IReadOnlyDictionary<string, Region> GetRegions(IReadOnlyCollection<string> codes) =>
        Pick(s.Data.Regions, codes);

    public IReadOnlyList<Region> FindRegions(RegionLevel? level, string? parentCode)
    {
        IEnumerable<Region> regions = parentCode is null
            ? s.Regions
            : s.RegionIndex.TryGetValue(parentCode, out var p) ? s.RegionChildren[p].Select(i => s.Regions[i]) : [];
        if (level is { } l)
        {
            regions = regions.Where(r => r.Level == l);
        }
        return regions.ToList();
    }

    // Companies and sites are found through the snapshot's numbering, not the rows' map by id, which a store opened
    // from its image builds only when a write needs it (about 90 MB at a million companies).
    public IReadOnlyDictionary<string, Company> GetCompanies(IReadOnlyCollection<string> ids) =>
        PickNumbered(s.Companies, s.CompanyNumber, ids);

    public CompanyPage FindCompanies(CompanyQuery query, int first, PagePosition? after) =>
        CompanyListing.Find(s, query, first, after);

    public IReadOnlyDictionary<string, Site> GetSites(IReadOnlyCollection<string> ids) =>
        PickNumbered(s.Sites, s.SiteNumber, ids);

    public IReadOnlyDictionary<string, IReadOnlyList<Site>> GetSitesOfCompanies(IReadOnlyCollection<string> companyIds)
    {
        var result = new Dictionary<string, IReadOnlyList<Site>>(StringComparer.Ordinal);
        foreach (var id in companyIds)
        {
            if (s.CompanyIndex.TryGetValue(id, out var c))
            {
                var sites = s.CompanySites[c];
                var rows = new Site[sites.Length];
                for (var i = 0; i < rows.Length; i++)
                {
                    rows[i] = s.Sites[sites[i]];
                }
                result[id] = rows;
            }
        }
        return result;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<Supply>> GetSuppliesOfCompanies(IReadOnlyCollection<string> companyIds)
    {
        var result = new Dictionary<string, IReadOnlyList<Supply>>(StringComparer.Ordinal);
        foreach (var id in companyIds)
        {
            if (s.CompanyIndex.TryGetValue(id, out var c))
            {
                var numbers = s.CompanySupplies[c];
                var rows = new Supply[numbers.Length];
                for (var i = 0; i < rows.Length; i++)
                {
                    rows[i] = s.SupplyRows[numbers[i]];
                }
                Array.Sort(rows, CompareSupplies);
                result[id] = rows;
            }
        }
        return result;
    }

    public IReadOnlyDictionary<string, Project> GetProjects(IReadOnlyCollection<string> ids) =>
        Pick(s.Data.Projects, ids);

    public IReadOnlyList<Project> GetProjectsInRegion(string regionCode)
    {
        return s.RegionIndex.TryGetValue(regionCode, out var r) ? s.PerRegion[r].Projects : [];
    }

    public IReadOnlyDictionary<string, SegmentPresence> GetSegmentPresence(
        string regionCode, string chainId, IReadOnlyCollection<string> segmentIds)
    {
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
        return result;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> GetLocalCompanies(
        string regionCode, IReadOnlyCollection<string> segmentIds)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (!s.RegionIndex.TryGetValue(regionCode, out var r))
        {
            return result;
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
        return result;
    }

    public IReadOnlyList<LocalAnchor> GetLocalAnchors(string regionCode, string chainId)
    {
        return 
            s.RegionIndex.TryGetValue(regionCode, out var r) && s.ChainIndex.TryGetValue(chainId, out var chain) ? s.PerRegion[r].Anchors[chain] : [];
    }

    public ChainCompanyCounts GetChainCompanyCounts(string chainId)
    {
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
        return new ChainCompanyCounts(bySegment, all.Count);
    }

    public IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>> GetRegionPriorities(
        IReadOnlyCollection<string> regionCodes) =>
        Group(s.PrioritiesOfRegion, regionCodes);

    public IReadOnlyDictionary<string, IReadOnlyList<Anchor>> GetAnchorsOfCompanies(
        IReadOnlyCollection<string> companyIds) =>
        Group(s.AnchorsOfCompany, companyIds);

    public IReadOnlyDictionary<string, IReadOnlyList<Project>> GetProjectsOfCompanies(
        IReadOnlyCollection<string> companyIds) =>
        Group(s.ProjectsOfCompany, companyIds);

    public IEnumerable<RecruitCandidate> GetRecruitCandidates(
        string regionCode, string segmentId, IReadOnlyCollection<string> anchorGroupIds, CandidateWorthy? worthy = null) =>
        s.RegionIndex.TryGetValue(regionCode, out var r) && s.SegmentIndex.TryGetValue(segmentId, out var g)
            ? CandidateScan.Run(s, r, g, anchorGroupIds, worthy)
            : [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> GetCustomers(IReadOnlyCollection<string> companyIds)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var id in companyIds)
        {
            if (s.CompanyIndex.TryGetValue(id, out var c) && s.Customers[c].Length > 0)
            {
                var customers = s.Customers[c];
                var ids = new string[customers.Length];
                for (var i = 0; i < ids.Length; i++)
                {
                    ids[i] = s.CompanyIds[customers[i]];
                }
                result[id] = ids;
            }
        }
        return result;
    }

    /// <summary>Which of the keys exist, each with its parent key (regions, segments, companies) or null.</summary>
    public Dictionary<string, string?> FindKeys(EntityKind kind, IReadOnlyCollection<string> keys)
    {
        var data = s.Data;
        var found = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            switch (kind)
            {
                case EntityKind.Chain when data.Chains.ContainsKey(key): found[key] = null; break;
                case EntityKind.Region when data.Regions.TryGetValue(key, out var r): found[key] = r.ParentCode; break;
                case EntityKind.Segment when data.Segments.TryGetValue(key, out var g): found[key] = g.ParentId; break;
                case EntityKind.Company when s.CompanyNumber(key) is var c and >= 0: found[key] = s.Companies[c].ParentId; break;
                case EntityKind.Site when s.SiteNumber(key) >= 0: found[key] = null; break;
                case EntityKind.Project when data.Projects.ContainsKey(key): found[key] = null; break;
                default: break;
            }
        }
        return found;
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

    private static Dictionary<string, IReadOnlyList<T>> Group<T>(Dictionary<string, T[]> all, IReadOnlyCollection<string> keys)
    {
        var result = new Dictionary<string, IReadOnlyList<T>>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (all.TryGetValue(key, out var value))
            {
                result[key] = value;
            }
        }
        return result;
    }

    private static Dictionary<string, T> Pick<T>(Dictionary<string, T> all, IReadOnlyCollection<string> keys)
    {
        var result = new Dictionary<string, T>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (all.TryGetValue(key, out var value))
            {
                result[key] = value;
            }
        }
        return result;
    }

    /// <summary>The rows of the ids found, by id: <paramref name="numberOf"/> gives a row's number, negative when there is none.</summary>
    private static Dictionary<string, T> PickNumbered<T>(T[] rows, Func<string, int> numberOf, IReadOnlyCollection<string> ids)
    {
        var result = new Dictionary<string, T>(ids.Count, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (numberOf(id) is var i and >= 0)
            {
                result[id] = rows[i];
            }
        }
        return result;
    }
}
