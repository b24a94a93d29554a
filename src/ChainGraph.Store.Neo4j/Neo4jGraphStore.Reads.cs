using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Store.Neo4j.Client;
using ChainGraph.Store.Neo4j.Cypher;
using ChainGraph.Store.Neo4j.Mapping;
using ChainGraph.Domain.Text;

namespace ChainGraph.Store.Neo4j;

/// <summary>The entity reads; lists are put in code-point id order here, as the port promises.</summary>
public sealed partial class Neo4jGraphStore
{
    public async ValueTask<IReadOnlyList<Chain>> GetChainsAsync(CancellationToken cancellationToken = default) =>
        Sorted((await QueryAsync(CypherScripts.GetChains, null, cancellationToken).ConfigureAwait(false)).Select(EntityReader.Chain), c => c.Id);

    public async ValueTask<IReadOnlyList<Segment>> GetSegmentsAsync(CancellationToken cancellationToken = default) =>
        Sorted((await QueryAsync(CypherScripts.GetSegments, null, cancellationToken).ConfigureAwait(false)).Select(EntityReader.Segment), s => s.Id);

    public async ValueTask<IReadOnlyList<SegmentFlow>> GetFlowsAsync(CancellationToken cancellationToken = default)
    {
        var flows = (await QueryAsync(CypherScripts.GetFlows, null, cancellationToken).ConfigureAwait(false))
            .Select(r => new SegmentFlow(r.RequiredString("fromId"), r.RequiredString("toId")))
            .ToList();
        flows.Sort((a, b) =>
        {
            var c = Ids.Comparer.Compare(a.FromId, b.FromId);
            return c != 0 ? c : Ids.Comparer.Compare(a.ToId, b.ToId);
        });
        return flows;
    }

    public async ValueTask<IReadOnlyDictionary<string, Region>> GetRegionsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken = default) =>
        codes.Count == 0
            ? new Dictionary<string, Region>()
            : (await QueryAsync(CypherScripts.GetRegions, new() { ["codes"] = Distinct(codes) }, cancellationToken).ConfigureAwait(false))
                .Select(EntityReader.Region).ToDictionary(r => r.Code, StringComparer.Ordinal);

    public async ValueTask<IReadOnlyList<Region>> FindRegionsAsync(RegionLevel? level, string? parentCode, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["level"] = level is { } l ? ContractNames.Of(l) : null,
            ["parentCode"] = parentCode,
        };
        return Sorted((await QueryAsync(CypherScripts.FindRegions, parameters, cancellationToken).ConfigureAwait(false)).Select(EntityReader.Region), r => r.Code);
    }

    public async ValueTask<IReadOnlyDictionary<string, Company>> GetCompaniesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ids.Count == 0
            ? new Dictionary<string, Company>()
            : (await QueryAsync(CypherScripts.GetCompanies, new() { ["ids"] = Distinct(ids) }, cancellationToken).ConfigureAwait(false))
                .Select(EntityReader.Company).ToDictionary(c => c.Id, StringComparer.Ordinal);

    public async ValueTask<CompanyPage> FindCompaniesAsync(CompanyQuery query, int first, PagePosition? after, CancellationToken cancellationToken = default)
    {
        var parameters = CompanyQueryParameters.Of(query, first, after);
        var r = (await QueryAsync(CypherScripts.FindCompanies, parameters, cancellationToken).ConfigureAwait(false))[0];
        var items = r.List("items").OfType<IReadOnlyDictionary<string, object?>>().Select(EntityReader.Company).ToList();
        return new CompanyPage(items, r.Int32("totalCount"), r.Boolean("hasNextPage"));
    }

    public async ValueTask<IReadOnlyDictionary<string, Site>> GetSitesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ids.Count == 0
            ? new Dictionary<string, Site>()
            : (await QueryAsync(CypherScripts.GetSites, new() { ["ids"] = Distinct(ids) }, cancellationToken).ConfigureAwait(false))
                .Select(EntityReader.Site).ToDictionary(s => s.Id, StringComparer.Ordinal);

    public async ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Site>>> GetSitesOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, IReadOnlyList<Site>>(StringComparer.Ordinal);
        if (companyIds.Count == 0)
        {
            return result;
        }
        var rows = await QueryAsync(CypherScripts.GetSitesOfCompanies, new() { ["ids"] = Distinct(companyIds) }, cancellationToken).ConfigureAwait(false);
        foreach (var group in rows.GroupBy(r => r.RequiredString("owner"), StringComparer.Ordinal))
        {
            result[group.Key] = Sorted(group.Where(r => r.String("id") is not null).Select(EntityReader.Site), s => s.Id);
        }
        return result;
    }

    public async ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Supply>>> GetSuppliesOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, IReadOnlyList<Supply>>(StringComparer.Ordinal);
        if (companyIds.Count == 0)
        {
            return result;
        }
        var rows = await QueryAsync(CypherScripts.GetSuppliesOfCompanies, new() { ["ids"] = Distinct(companyIds) }, cancellationToken).ConfigureAwait(false);
        foreach (var group in rows.GroupBy(r => r.RequiredString("owner"), StringComparer.Ordinal))
        {
            var supplies = group.Where(r => r.String("supplierId") is not null)
                .Select(EntityReader.Supply)
                .DistinctBy(s => s.Key)
                .ToList();
            supplies.Sort((a, b) =>
            {
                var c = Ids.Comparer.Compare(a.SupplierId, b.SupplierId);
                if (c == 0)
                {
                    c = Ids.Comparer.Compare(a.CustomerId, b.CustomerId);
                }
                return c != 0 ? c : Ids.Comparer.Compare(a.SegmentId ?? "", b.SegmentId ?? "");
            });
            result[group.Key] = supplies;
        }
        return result;
    }

    public async ValueTask<IReadOnlyDictionary<string, Project>> GetProjectsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ids.Count == 0
            ? new Dictionary<string, Project>()
            : (await QueryAsync(CypherScripts.GetProjects, new() { ["ids"] = Distinct(ids) }, cancellationToken).ConfigureAwait(false))
                .Select(EntityReader.Project).ToDictionary(p => p.Id, StringComparer.Ordinal);

    public async ValueTask<IReadOnlyList<Project>> GetProjectsInRegionAsync(string regionCode, CancellationToken cancellationToken = default) =>
        Sorted((await QueryAsync(CypherScripts.GetProjectsInRegion, new() { ["regionCode"] = regionCode }, cancellationToken).ConfigureAwait(false)).Select(EntityReader.Project), p => p.Id);

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Project>>> GetProjectsOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        GroupedAsync(CypherScripts.GetProjectsOfCompanies, "ids", companyIds, "owner", EntityReader.Project, p => p.Id, cancellationToken);

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Anchor>>> GetAnchorsOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        GroupedAsync(CypherScripts.GetAnchorsOfCompanies, "ids", companyIds, "companyId", EntityReader.Anchor, a => a.ChainId, cancellationToken);

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>>> GetRegionPrioritiesAsync(IReadOnlyCollection<string> regionCodes, CancellationToken cancellationToken = default) =>
        GroupedAsync(CypherScripts.GetRegionPriorities, "codes", regionCodes, "regionCode", EntityReader.RegionPriority, p => p.SegmentId, cancellationToken);

    /// <summary>
    /// Rows of a statement grouped by their owner column, each group in code-point order of its key (one row
    /// per key); owners without rows are left out.
    /// </summary>
    private async ValueTask<IReadOnlyDictionary<string, IReadOnlyList<T>>> GroupedAsync<T>(
        string statement,
        string parameter,
        IReadOnlyCollection<string> owners,
        string ownerColumn,
        Func<Neo4jRecord, T> read,
        Func<T, string> key,
        CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, IReadOnlyList<T>>(StringComparer.Ordinal);
        if (owners.Count == 0)
        {
            return result;
        }
        var rows = await QueryAsync(statement, new() { [parameter] = Distinct(owners) }, cancellationToken).ConfigureAwait(false);
        foreach (var group in rows.GroupBy(r => r.RequiredString(ownerColumn), StringComparer.Ordinal))
        {
            result[group.Key] = Sorted(group.Select(read).DistinctBy(key, StringComparer.Ordinal), key);
        }
        return result;
    }

    private static T[] Sorted<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var array = items.ToArray();
        Array.Sort(array, (a, b) => Ids.Comparer.Compare(key(a), key(b)));
        return array;
    }
}
