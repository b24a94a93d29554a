using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Store.Neo4j.Client;
using ChainGraph.Store.Neo4j.Cypher;
using ChainGraph.Store.Neo4j.Mapping;

namespace ChainGraph.Store.Neo4j;

/// <summary>
/// The computed reads the engine asks for: presence with roll-up, local companies, chain-scoped anchors,
/// candidates with their group's local presence and weighted group ties, national company counts, customers.
/// </summary>
public sealed partial class Neo4jGraphStore
{
    public async ValueTask<IReadOnlyDictionary<string, SegmentPresence>> GetSegmentPresenceAsync(
        string regionCode, string chainId, IReadOnlyCollection<string> segmentIds, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, SegmentPresence>(StringComparer.Ordinal);
        if (segmentIds.Count == 0)
        {
            return result;
        }
        var parameters = new Dictionary<string, object?> { ["regionCode"] = regionCode, ["chainId"] = chainId, ["segmentIds"] = Distinct(segmentIds) };
        foreach (var r in await QueryAsync(CypherScripts.GetSegmentPresence, parameters, cancellationToken).ConfigureAwait(false))
        {
            result[r.RequiredString("segmentId")] = new SegmentPresence(r.Int32("companyCount"), r.Int32("siteCount"), r.Int32("anchorCount"));
        }
        return result;
    }

    public async ValueTask<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetLocalCompaniesAsync(
        string regionCode, IReadOnlyCollection<string> segmentIds, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (segmentIds.Count == 0)
        {
            return result;
        }
        var parameters = new Dictionary<string, object?> { ["regionCode"] = regionCode, ["segmentIds"] = Distinct(segmentIds) };
        foreach (var r in await QueryAsync(CypherScripts.GetLocalCompanies, parameters, cancellationToken).ConfigureAwait(false))
        {
            var companies = Sorted(r.Strings("companyIds").Distinct(StringComparer.Ordinal), s => s);
            if (companies.Length > 0)
            {
                result[r.RequiredString("segmentId")] = companies;
            }
        }
        return result;
    }

    public async ValueTask<IReadOnlyList<LocalAnchor>> GetLocalAnchorsAsync(string regionCode, string chainId, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?> { ["regionCode"] = regionCode, ["chainId"] = chainId };
        var anchors = (await QueryAsync(CypherScripts.GetLocalAnchors, parameters, cancellationToken).ConfigureAwait(false))
            .Select(r => new LocalAnchor(
                r.RequiredString("companyId"),
                r.RequiredString("groupId"),
                Sorted(r.Strings("leafSegmentIds").Distinct(StringComparer.Ordinal), s => s)))
            .ToArray();
        return Sorted(anchors, a => a.CompanyId);
    }

    public async ValueTask<IEnumerable<RecruitCandidate>> GetRecruitCandidatesAsync(
        string regionCode, string segmentId, IReadOnlyCollection<string> anchorGroupIds, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?> { ["regionCode"] = regionCode, ["segmentId"] = segmentId };
        var rows = await QueryAsync(CypherScripts.GetRecruitCandidates, parameters, cancellationToken).ConfigureAwait(false);
        var candidates = new List<RecruitCandidate>(rows.Count);
        foreach (var r in rows)
        {
            var origin = new GeoPoint(r.Double("regionLat"), r.Double("regionLon"));
            var sites = r.List("sites")
                .OfType<IReadOnlyList<object?>>()
                .Select(s => (Id: (string)s[0]!, Lat: Neo4jRecord.ToDouble(s[1], "site lat"), Lon: Neo4jRecord.ToDouble(s[2], "site lon")))
                .ToArray();
            Array.Sort(sites, (a, b) => Ids.Comparer.Compare(a.Id, b.Id));
            // In id order, the first strictly nearer site wins: a tie keeps the smaller id.
            string? best = null;
            var bestKm = double.PositiveInfinity;
            foreach (var site in sites)
            {
                var km = Geo.DistanceKm(origin, new GeoPoint(site.Lat, site.Lon));
                if (km < bestKm)
                {
                    bestKm = km;
                    best = site.Id;
                }
            }
            if (best is not null)
            {
                candidates.Add(new RecruitCandidate(
                    r.RequiredString("companyId"),
                    r.RequiredString("groupId"),
                    r.Boolean("groupLocal"),
                    EntityReader.Tags(r.Strings("tags")),
                    best,
                    bestKm,
                    []));
            }
        }
        candidates.Sort((a, b) => Ids.Comparer.Compare(a.CompanyId, b.CompanyId));
        if (candidates.Count == 0 || anchorGroupIds.Count == 0)
        {
            return candidates;
        }
        var ties = await GetGroupSupplyTiesAsync(candidates.Select(c => c.GroupId).Distinct(StringComparer.Ordinal).ToList(), anchorGroupIds, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (ties.TryGetValue(candidates[i].GroupId, out var tied))
            {
                candidates[i] = candidates[i] with { Ties = tied };
            }
        }
        return candidates;
    }

    /// <summary>
    /// For each of the supplier groups that supplies one of the customer groups: those customer groups in the
    /// order asked for, each weighted by the largest <see cref="ConfidenceWeights"/> weight of the supply rows
    /// from a company of the supplier group to a company of that customer group.
    /// </summary>
    internal async ValueTask<IReadOnlyDictionary<string, IReadOnlyList<GroupTie>>> GetGroupSupplyTiesAsync(
        IReadOnlyCollection<string> supplierGroupIds, IReadOnlyCollection<string> customerGroupIds, CancellationToken cancellationToken = default)
    {
        var groups = Distinct(customerGroupIds);
        var suppliers = Distinct(supplierGroupIds);
        var ties = new Dictionary<string, IReadOnlyList<GroupTie>>(StringComparer.Ordinal);
        if (groups.Length == 0 || suppliers.Length == 0)
        {
            return ties;
        }
        // (supplier group, customer group) -> the best weight of the rows between them.
        var weights = new Dictionary<(string Supplier, string Customer), double>();
        foreach (var r in await QueryAsync(CypherScripts.GetGroupSupplyTies, new() { ["groupIds"] = groups, ["supplierGroupIds"] = suppliers }, cancellationToken).ConfigureAwait(false))
        {
            var pair = (r.RequiredString("supplierGroupId"), r.RequiredString("customerGroupId"));
            var weight = r.Strings("confidences").Select(c => ConfidenceWeights.Of(EntityReader.Confidence(c))).DefaultIfEmpty(0).Max();
            weights[pair] = Math.Max(weight, weights.GetValueOrDefault(pair));
        }
        // Each supplier group's customer groups, in the order the groups were asked for.
        var lists = new Dictionary<string, List<GroupTie>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var supplier in Sorted(weights.Keys.Where(p => p.Customer == group).Select(p => p.Supplier), s => s))
            {
                if (!lists.TryGetValue(supplier, out var list))
                {
                    lists[supplier] = list = [];
                }
                list.Add(new GroupTie(group, weights[(supplier, group)]));
            }
        }
        foreach (var (supplier, list) in lists)
        {
            ties[supplier] = list;
        }
        return ties;
    }

    public async ValueTask<ChainCompanyCounts> GetChainCompanyCountsAsync(string chainId, CancellationToken cancellationToken = default)
    {
        var bySegment = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var r in await QueryAsync(CypherScripts.GetChainCompanyCounts, new() { ["chainId"] = chainId }, cancellationToken).ConfigureAwait(false))
        {
            var count = r.Int32("companyCount");
            if (r.String("segmentId") is { } segmentId)
            {
                if (count > 0)
                {
                    bySegment[segmentId] = count;
                }
            }
            else
            {
                total = count;
            }
        }
        return new ChainCompanyCounts(bySegment, total);
    }

    public async ValueTask<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetCustomersAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (companyIds.Count == 0)
        {
            return result;
        }
        foreach (var r in await QueryAsync(CypherScripts.GetCustomers, new() { ["ids"] = Distinct(companyIds) }, cancellationToken).ConfigureAwait(false))
        {
            var customers = Sorted(r.Strings("customerIds").Distinct(StringComparer.Ordinal), s => s);
            if (customers.Length > 0)
            {
                result[r.RequiredString("companyId")] = customers;
            }
        }
        return result;
    }
}
