using System.Buffers;
using ChainGraph.Domain;
using ChainGraph.Domain.Store;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// Streams the recruitment candidates of a region for a segment straight off the snapshot: no list of
/// candidates is built. What a query marks per company (local, group local, supplies an anchor group) is kept in
/// bit sets, one bit a company (125 KB at a million companies), rented from the shared pool and cleared right
/// after renting, because the pool hands back whatever its last user left in them. The scan reads the snapshot's
/// packed per-company and per-site arrays (ids, tags, points), not the entity objects, so a root segment's
/// hundreds of thousands of sites are read in order from a few arrays.
/// </summary>
internal static class CandidateScan
{
    /// <summary>The ties of most candidates: one shared empty list, not a new one per candidate.</summary>
    private static readonly IReadOnlyList<GroupTie> NoTies = [];

    public static IEnumerable<RecruitCandidate> Run(GraphSnapshot s, int region, int segment, IReadOnlyCollection<string> anchorGroupIds)
    {
        var words = (s.Companies.Length + 63) >> 6;
        var origin = new GeoPoint(s.Regions[region].Lat, s.Regions[region].Lon);
        var anchors = anchorGroupIds.Distinct(StringComparer.Ordinal).ToArray();
        var local = ArrayPool<ulong>.Shared.Rent(words);
        // localGroup[group root]: some company of the group is local.
        var localGroup = ArrayPool<ulong>.Shared.Rent(words);
        // tied[group root]: the group supplies some anchor group asked for.
        var tied = ArrayPool<ulong>.Shared.Rent(words);
        try
        {
            Array.Clear(local, 0, words);
            Array.Clear(localGroup, 0, words);
            Array.Clear(tied, 0, words);
            foreach (var c in s.PerRegion[region].LocalCompanies)
            {
                Bits.Set(local, c);
                Bits.Set(localGroup, s.GroupRoot[c]);
            }
            var ties = TiesBySupplierGroup(s, anchors);
            // Most candidates supply no anchor: a bit test spares them the map lookup.
            foreach (var supplier in ties.Keys)
            {
                Bits.Set(tied, supplier);
            }

            var sites = s.SegmentSites[segment];
            var siteCompany = s.SiteCompany;
            var points = s.SitePoints;
            for (var i = 0; i < sites.Length;)
            {
                var company = siteCompany[sites[i]];
                if (Bits.Get(local, company))
                {
                    while (i < sites.Length && siteCompany[sites[i]] == company)
                    {
                        i++;
                    }
                    continue;
                }
                // Sites of one company are contiguous and in id order: the first strictly nearer wins.
                var best = -1;
                var bestH = double.PositiveInfinity;
                for (; i < sites.Length && siteCompany[sites[i]] == company; i++)
                {
                    var h = Geo.Haversine(origin, points[sites[i]]);
                    if (h < bestH)
                    {
                        bestH = h;
                        best = sites[i];
                    }
                }
                var group = s.GroupRoot[company];
                yield return new RecruitCandidate(
                    s.CompanyIds[company],
                    s.CompanyIds[group],
                    Bits.Get(localGroup, group),
                    s.CompanyTagsOf[company],
                    s.SiteIds[best],
                    Geo.KmFromHaversine(bestH),
                    Bits.Get(tied, group) ? ties[group] : NoTies);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(tied);
            ArrayPool<ulong>.Shared.Return(localGroup);
            ArrayPool<ulong>.Shared.Return(local);
        }
    }

    /// <summary>
    /// For each supplier group of the anchor groups, the anchor groups it supplies (with the weight of the tie), in the
    /// order they were asked for. A city's anchors can have tens of thousands of supplier groups, nearly all with one
    /// tie: each gets an exact-size array (grown by one on a further tie), and the map is sized before it is filled.
    /// </summary>
    private static Dictionary<int, GroupTie[]> TiesBySupplierGroup(GraphSnapshot s, string[] anchors)
    {
        var found = new List<(string Anchor, int Customer)>(anchors.Length);
        var capacity = 0;
        foreach (var anchor in anchors)
        {
            if (s.CompanyIndex.TryGetValue(anchor, out var customer) && s.GroupSuppliers[customer].Length > 0)
            {
                found.Add((anchor, customer));
                capacity += s.GroupSuppliers[customer].Length;
            }
        }
        var ties = new Dictionary<int, GroupTie[]>(capacity);
        foreach (var (anchor, customer) in found)
        {
            // Supplier groups are distinct per customer group, and anchors are distinct: no repeats.
            foreach (var (supplier, weight) in s.GroupSuppliers[customer])
            {
                ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(ties, supplier, out _);
                if (list is null)
                {
                    list = [new GroupTie(anchor, weight)];
                }
                else
                {
                    var longer = new GroupTie[list.Length + 1];
                    list.CopyTo(longer, 0);
                    longer[^1] = new GroupTie(anchor, weight);
                    list = longer;
                }
            }
        }
        return ties;
    }

    /// <summary>One bit per company number.</summary>
    private static class Bits
    {
        public static void Set(ulong[] bits, int i) => bits[i >> 6] |= 1UL << (i & 63);

        public static bool Get(ulong[] bits, int i) => (bits[i >> 6] & (1UL << (i & 63))) != 0;
    }
}
