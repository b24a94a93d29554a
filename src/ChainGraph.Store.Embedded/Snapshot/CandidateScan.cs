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

    public static IEnumerable<RecruitCandidate> Run(GraphSnapshot s, int region, int segment, IReadOnlyCollection<string> anchorGroupIds, CandidateWorthy? worthy = null)
    {
        var words = (s.Companies.Length + 63) >> 6;
        var origin = new GeoPoint(s.Regions[region].Lat, s.Regions[region].Lon);
        var anchors = anchorGroupIds.Distinct(StringComparer.Ordinal).ToArray();
        var local = ArrayPool<ulong>.Shared.Rent(words);
        // localGroup[group root]: some company of the group is local.
        var localGroup = ArrayPool<ulong>.Shared.Rent(words);
        // tied[group root]: the group supplies some anchor group asked for.
        var tied = ArrayPool<ulong>.Shared.Rent(words);
        TieLists? ties = null;
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
            ties = TieLists.Of(s, anchors, tied);

            var sites = s.SegmentSites[segment];
            var siteCompany = s.SiteCompany;
            var points = s.SitePoints;
            for (var i = 0; i < sites.Length;)
            {
                var company = siteCompany[sites[i]];
                var group = s.GroupRoot[company];
                var isTied = Bits.Get(tied, group);
                if (Bits.Get(local, company) || (worthy is not null && !worthy(isTied ? ties.Strength(group) : 0, s.CompanyTagsOf[company], Bits.Get(localGroup, group))))
                {
                    // local, or of no use to the reader: no distance measured, no record made
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
                yield return new RecruitCandidate(
                    s.CompanyIds[company],
                    s.CompanyIds[group],
                    Bits.Get(localGroup, group),
                    s.CompanyTagsOf[company],
                    s.SiteIds[best],
                    Geo.KmFromHaversine(bestH),
                    isTied ? ties.Of(group) : NoTies);
            }
        }
        finally
        {
            ties?.Return();
            ArrayPool<ulong>.Shared.Return(tied);
            ArrayPool<ulong>.Shared.Return(localGroup);
            ArrayPool<ulong>.Shared.Return(local);
        }
    }

    /// <summary>
    /// For each supplier group of the anchor groups asked about, its ties (the anchor group and the weight of the tie),
    /// in the order the anchor groups were asked for: a list per supplier group threaded through flat arrays, so that
    /// the tens of thousands of supplier groups of a big city's anchors cost no map and no array each. A group's
    /// entries are valid only where the <c>tied</c> bit is set (so nothing needs clearing); a candidate's list is
    /// made into an array only when the candidate is handed out.
    /// </summary>
    private sealed class TieLists
    {
        private readonly int[] _first;
        private readonly int[] _last;
        private readonly string[] _anchor;
        private readonly double[] _weight;
        private readonly int[] _next;

        private TieLists(int companies, int capacity)
        {
            _first = ArrayPool<int>.Shared.Rent(companies);
            _last = ArrayPool<int>.Shared.Rent(companies);
            _anchor = ArrayPool<string>.Shared.Rent(capacity);
            _weight = ArrayPool<double>.Shared.Rent(capacity);
            _next = ArrayPool<int>.Shared.Rent(capacity);
        }

        /// <summary>The ties of the supplier groups of <paramref name="anchors"/>; sets each supplier group's bit in <paramref name="tied"/>.</summary>
        public static TieLists Of(GraphSnapshot s, string[] anchors, ulong[] tied)
        {
            var capacity = 0;
            foreach (var anchor in anchors)
            {
                if (s.CompanyIndex.TryGetValue(anchor, out var customer))
                {
                    capacity += s.GroupSuppliers[customer].Length;
                }
            }
            var lists = new TieLists(s.Companies.Length, Math.Max(capacity, 1));
            var used = 0;
            foreach (var anchor in anchors)
            {
                if (!s.CompanyIndex.TryGetValue(anchor, out var customer))
                {
                    continue;
                }
                // Supplier groups are distinct per customer group, and anchors are distinct: no repeats.
                foreach (var (supplier, weight) in s.GroupSuppliers[customer])
                {
                    var k = used++;
                    lists._anchor[k] = anchor;
                    lists._weight[k] = weight;
                    lists._next[k] = -1;
                    if (Bits.Get(tied, supplier))
                    {
                        lists._next[lists._last[supplier]] = k;
                        lists._last[supplier] = k;
                    }
                    else
                    {
                        Bits.Set(tied, supplier);
                        lists._first[supplier] = lists._last[supplier] = k;
                    }
                }
            }
            return lists;
        }

        /// <summary>The summed weight of a tied group's ties, in list order (as the engine sums them).</summary>
        public double Strength(int group)
        {
            var strength = 0.0;
            for (var k = _first[group]; k >= 0; k = _next[k])
            {
                strength += _weight[k];
            }
            return strength;
        }

        /// <summary>A tied group's ties, in list order.</summary>
        public GroupTie[] Of(int group)
        {
            var count = 0;
            for (var k = _first[group]; k >= 0; k = _next[k])
            {
                count++;
            }
            var result = new GroupTie[count];
            var i = 0;
            for (var k = _first[group]; k >= 0; k = _next[k])
            {
                result[i++] = new GroupTie(_anchor[k], _weight[k]);
            }
            return result;
        }

        public void Return()
        {
            ArrayPool<int>.Shared.Return(_first);
            ArrayPool<int>.Shared.Return(_last);
            ArrayPool<string>.Shared.Return(_anchor, clearArray: true);
            ArrayPool<double>.Shared.Return(_weight);
            ArrayPool<int>.Shared.Return(_next);
        }
    }

    /// <summary>One bit per company number.</summary>
    private static class Bits
    {
        public static void Set(ulong[] bits, int i) => bits[i >> 6] |= 1UL << (i & 63);

        public static bool Get(ulong[] bits, int i) => (bits[i >> 6] & (1UL << (i & 63))) != 0;
    }
}
