using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Domain.Text;

namespace ChainGraph.Server.Map;

/// <summary>Sites as map features, filtered to a region (and below) and a segment (and below).</summary>
public static class SiteFeatures
{
    public static async Task<IReadOnlyList<GeoJsonFeature>> LoadAsync(IGraphStore store, string? regionCode, string? segmentId, CancellationToken ct)
    {
        var regions = (await store.FindRegionsAsync(null, null, ct).ConfigureAwait(false)).ToDictionary(r => r.Code, StringComparer.Ordinal);
        var segments = (await store.GetSegmentsAsync(ct).ConfigureAwait(false)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        if (regionCode is not null && !regions.ContainsKey(regionCode))
        {
            throw BadArgumentException.NotFound("region", "region", regionCode);
        }
        if (segmentId is not null && !segments.ContainsKey(segmentId))
        {
            throw BadArgumentException.NotFound("segment", "segment", segmentId);
        }
        var page = await store.FindCompaniesAsync(new CompanyQuery(RegionCode: regionCode, SegmentId: segmentId), int.MaxValue, null, ct).ConfigureAwait(false);
        var companies = page.Items.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var sitesByCompany = await store.GetSitesOfCompaniesAsync(companies.Keys.ToList(), ct).ConfigureAwait(false);

        bool Under<T>(Dictionary<string, T> all, string id, string ancestor, Func<T, string?> parent)
        {
            var seen = 0;
            for (string? at = id; at is not null && seen++ < 64; at = all.TryGetValue(at, out var x) ? parent(x) : null)
            {
                if (at == ancestor)
                {
                    return true;
                }
            }
            return false;
        }

        var features = new List<GeoJsonFeature>();
        foreach (var company in page.Items)
        {
            foreach (var site in sitesByCompany.GetValueOrDefault(company.Id) ?? [])
            {
                if (regionCode is not null && !Under(regions, site.RegionCode, regionCode, r => r.ParentCode))
                {
                    continue;
                }
                if (segmentId is not null && !site.SegmentIds.Any(s => Under(segments, s, segmentId, x => x.ParentId)))
                {
                    continue;
                }
                var siteSegments = site.SegmentIds.Select(s => segments.GetValueOrDefault(s)).OfType<Segment>().ToList();
                features.Add(new GeoJsonFeature(
                    new Dictionary<string, object?>
                    {
                        ["siteId"] = site.Id,
                        ["siteName"] = site.NameZh,
                        ["kind"] = ContractNames.Of(site.Kind),
                        ["regionCode"] = site.RegionCode,
                        ["regionName"] = regions.GetValueOrDefault(site.RegionCode)?.NameZh,
                        ["companyId"] = company.Id,
                        ["companyName"] = company.NameZh,
                        ["companyNameEn"] = company.NameEn,
                        ["tags"] = company.Tags.ContractNames(),
                        ["segmentIds"] = site.SegmentIds,
                        ["segmentNames"] = siteSegments.Select(s => s.NameZh).ToList(),
                        ["categories"] = siteSegments.Select(s => ContractNames.Of(s.Category)).Distinct().ToList(),
                    },
                    site.Lon,
                    site.Lat));
            }
        }
        return features;
    }
}
