using ChainGraph.Domain;
using ChainGraph.Domain.Store;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// Streams the recruitment candidates of a region for a segment straight off the snapshot: no list of
/// candidates is built. Every piece of scratch state belongs to the one query that made it (nothing
/// pooled, nothing cached between calls), so concurrent and consecutive queries cannot see each other's
/// leftovers.
/// </summary>
internal static class CandidateScan
{
    public static IEnumerable<RecruitCandidate> Run(GraphSnapshot s, int region, int segment, IReadOnlyCollection<string> anchorGroupIds)
    {
        var origin = new GeoPoint(s.Regions[region].Lat, s.Regions[region].Lon);
        // Local companies, ascending: the segment's sites come in company order, so a binary search per
        // company tells local from not without scratch the size of the whole store.
        var local = s.PerRegion[region].LocalCompanies;
        var anchors = anchorGroupIds.Distinct(StringComparer.Ordinal).ToArray();
        var ties = TiesBySupplierGroup(s, anchors);

        var sites = s.SegmentSites[segment];
        for (var i = 0; i < sites.Length;)
        {
            var company = s.SiteCompany[sites[i]];
            if (Array.BinarySearch(local, company) >= 0)
            {
                while (i < sites.Length && s.SiteCompany[sites[i]] == company)
                {
                    i++;
                }
                continue;
            }
            // Sites of one company are contiguous and in id order: the first strictly nearer wins.
            var best = -1;
            var bestH = double.PositiveInfinity;
            for (; i < sites.Length && s.SiteCompany[sites[i]] == company; i++)
            {
                var h = Geo.Haversine(origin, s.SitePoints[sites[i]]);
                if (h < bestH)
                {
                    bestH = h;
                    best = sites[i];
                }
            }
            var info = s.Companies[company];
            var group = s.GroupRoot[company];
            yield return new RecruitCandidate(
                info.Id,
                s.Companies[group].Id,
                info.Tags,
                s.Sites[best].Id,
                Geo.KmFromHaversine(bestH),
                ties.TryGetValue(group, out var tied) ? tied : Array.Empty<string>());
        }
    }

    /// <summary>
    /// For each supplier group of the (few) anchor groups, the anchor groups it supplies, in the order they
    /// were asked for. Walked from the anchors, so its size follows the anchors' suppliers, not the store.
    /// </summary>
    private static Dictionary<int, List<string>> TiesBySupplierGroup(GraphSnapshot s, string[] anchors)
    {
        var ties = new Dictionary<int, List<string>>();
        foreach (var anchor in anchors)
        {
            if (!s.CompanyIndex.TryGetValue(anchor, out var customer) || !s.GroupSuppliers.TryGetValue(customer, out var suppliers))
            {
                continue;
            }
            // Supplier groups are distinct per customer group, and anchors are distinct: no repeats.
            foreach (var supplier in suppliers)
            {
                if (!ties.TryGetValue(supplier, out var tied))
                {
                    ties[supplier] = tied = [];
                }
                tied.Add(anchor);
            }
        }
        return ties;
    }
}
