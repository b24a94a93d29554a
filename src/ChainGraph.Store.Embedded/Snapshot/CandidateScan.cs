using System.Buffers;
using ChainGraph.Domain;
using ChainGraph.Domain.Store;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// Streams the recruitment candidates of a region for a segment straight off the snapshot: no list of
/// candidates is built, and the scratch arrays come from the shared pool, so a query allocates little
/// besides the few tie lists it returns.
/// </summary>
internal static class CandidateScan
{
    public static IEnumerable<RecruitCandidate> Run(GraphSnapshot s, int region, int segment, IReadOnlyCollection<string> anchorGroupIds)
    {
        var n = s.Companies.Length;
        var origin = new GeoPoint(s.Regions[region].Lat, s.Regions[region].Lon);
        var local = ArrayPool<bool>.Shared.Rent(n);
        // Ties, walked from the (few) anchor groups to the groups that supply them, as linked lists:
        // head[supplier group] is 1 + the index of its last link; each link names an anchor group.
        var head = ArrayPool<int>.Shared.Rent(n);
        var links = new List<(int Anchor, int Next)>();
        var touched = new List<int>();
        var anchors = anchorGroupIds.Distinct(StringComparer.Ordinal).ToArray();
        try
        {
            Array.Clear(local, 0, n);
            foreach (var c in s.PerRegion[region].LocalCompanies)
            {
                local[c] = true;
            }
            for (var a = 0; a < anchors.Length; a++)
            {
                if (!s.CompanyIndex.TryGetValue(anchors[a], out var customer) || !s.GroupSuppliers.TryGetValue(customer, out var suppliers))
                {
                    continue;
                }
                foreach (var supplier in suppliers)
                {
                    if (head[supplier] == 0)
                    {
                        touched.Add(supplier);
                    }
                    links.Add((a, head[supplier] - 1));
                    head[supplier] = links.Count;
                }
            }

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
                    info.Tags,
                    s.Sites[best].Id,
                    Geo.KmFromHaversine(bestH),
                    head[group] == 0 ? [] : Tied(head[group], links, anchors));
            }
        }
        finally
        {
            foreach (var supplier in touched)
            {
                head[supplier] = 0;
            }
            ArrayPool<int>.Shared.Return(head);
            ArrayPool<bool>.Shared.Return(local);
        }
    }

    /// <summary>The anchor groups of a supplier's links, in the order they were asked for.</summary>
    private static string[] Tied(int head, List<(int Anchor, int Next)> links, string[] anchors)
    {
        var count = 0;
        for (var at = head - 1; at >= 0; at = links[at].Next)
        {
            count++;
        }
        var indexes = new int[count];
        for (int at = head - 1, k = 0; at >= 0; at = links[at].Next)
        {
            indexes[k++] = links[at].Anchor;
        }
        Array.Sort(indexes);
        return Array.ConvertAll(indexes, a => anchors[a]);
    }
}
