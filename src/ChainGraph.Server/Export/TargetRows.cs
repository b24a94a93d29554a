using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Server.Export;

/// <summary>Runs the engine's recruitment targets and joins in the names a researcher needs.</summary>
public static class TargetRows
{
    public static async Task<IReadOnlyList<TargetRow>> LoadAsync(
        IGraphStore store, string regionCode, string segmentId, int first, ScoreWeights? weights, RecruitScope scope, CancellationToken cancellationToken)
    {
        var targets = await new ChainEngine(store).TargetsAsync(regionCode, segmentId, first, weights, scope, cancellationToken).ConfigureAwait(false);
        var companyIds = targets.Select(t => t.CompanyId).Concat(targets.SelectMany(t => t.SuppliesAnchorIds)).Distinct(StringComparer.Ordinal).ToList();
        var companies = await store.GetCompaniesAsync(companyIds, cancellationToken).ConfigureAwait(false);
        var sites = await store.GetSitesAsync(targets.Select(t => t.NearestSiteId).ToList(), cancellationToken).ConfigureAwait(false);
        var regions = await store.GetRegionsAsync(sites.Values.Select(s => s.RegionCode).Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
        var rows = new List<TargetRow>(targets.Count);
        for (var i = 0; i < targets.Count; i++)
        {
            var t = targets[i];
            var company = companies[t.CompanyId];
            var site = sites[t.NearestSiteId];
            rows.Add(new TargetRow(
                i + 1,
                company.Id,
                company.NameZh,
                company.NameEn,
                string.Join(';', company.Tags.ContractNames().Select(Cli.Labels.Zh)),
                t.Score,
                t.AnchorTies,
                t.Credentials,
                t.Proximity,
                t.DistanceKm,
                t.InPipeline,
                string.Join("、", t.SuppliesAnchorIds.Select(id => companies.TryGetValue(id, out var a) ? a.NameZh : id)),
                site.Id,
                site.NameZh,
                regions.TryGetValue(site.RegionCode, out var r) ? r.NameZh : site.RegionCode,
                site.Lat,
                site.Lon,
                site.SegmentIds,
                t.TieStrength,
                t.GroupLocal,
                company.StockCode,
                company.Founded,
                company.Employees,
                company.RevenueYuan,
                company.Website,
                site.Capacity,
                site.Since));
        }
        return rows;
    }
}
