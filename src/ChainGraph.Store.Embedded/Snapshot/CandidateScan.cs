using System.Buffers;
using ChainGraph.Domain;
using ChainGraph.Domain.Store;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// Streams the recruitment candidates of a region for a segment straight off the snapshot: no list of
/// candidates is built. The three store-sized scratch arrays are rented from the shared pool and cleared
/// right after renting, because the pool hands back whatever its last user left in them; nothing else is
/// kept between queries.
/// </summary>
internal static class CandidateScan
{
    public static IEnumerable<RecruitCandidate> Run(GraphSnapshot s, int region, int segment, IReadOnlyCollection<string> anchorGroupIds)
    {
        var n = s.Companies.Length;
        var origin = new GeoPoint(s.Regions[region].Lat, s.Regions[region].Lon);
        var anchors = anchorGroupIds.Distinct(StringComparer.Ordinal).ToArray();
        var local = ArrayPool<bool>.Shared.Rent(n);
        // localGroup[group root]: some company of the group is local.
        var localGroup = ArrayPool<bool>.Shared.Rent(n);
        // tieAt[supplier group] is 1 + the index in ties of the anchor groups it supplies (0: none).
        var tieAt = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Array.Clear(local, 0, n);
            Array.Clear(localGroup, 0, n);
            Array.Clear(tieAt, 0, n);
            foreach (var c in s.PerRegion[region].LocalCompanies)
            {
                local[c] = true;
                localGroup[s.GroupRoot[c]] = true;
            }
            var ties = TiesBySupplierGroup(s, anchors, tieAt);

            var sites = s.SegmentSites[segment];
            for (var i = 0; i < sites.Length;)
            {
                var company = s.SiteCompany[sites[i]];
                if (local[company])
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
                    localGroup[group],
                    info.Tags,
                    s.Sites[best].Id,
                    Geo.KmFromHaversine(bestH),
                    tieAt[group] == 0 ? [] : ties[tieAt[group] - 1]);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(tieAt);
            ArrayPool<bool>.Shared.Return(localGroup);
            ArrayPool<bool>.Shared.Return(local);
        }
    }

    /// <summary>
    /// For each supplier group of the (few) anchor groups, the anchor groups it supplies (with the weight of the tie), in the order they
    /// were asked for; <paramref name="tieAt"/> (cleared) is filled with where each supplier's list is.
    /// </summary>
    private static List<List<GroupTie>> TiesBySupplierGroup(GraphSnapshot s, string[] anchors, int[] tieAt)
    {
        var ties = new List<List<GroupTie>>();
        foreach (var anchor in anchors)
        {
            if (!s.CompanyIndex.TryGetValue(anchor, out var customer) || !s.GroupSuppliers.TryGetValue(customer, out var suppliers))
            {
                continue;
            }
            // Supplier groups are distinct per customer group, and anchors are distinct: no repeats.
            foreach (var (supplier, weight) in suppliers)
            {
                if (tieAt[supplier] == 0)
                {
                    ties.Add([]);
                    tieAt[supplier] = ties.Count;
                }
                ties[tieAt[supplier] - 1].Add(new GroupTie(anchor, weight));
            }
        }
        return ties;
    }
}
