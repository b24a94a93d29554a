using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Bench;

/// <summary>
/// What the benchmark asks about: the chain with the most segments, the province and the city with the
/// most local companies, and, for that city, the segment with the most recruitment candidates.
/// </summary>
internal sealed record BusiestPicks(string Chain, string Country, string Province, string City, int CityCompanies, string TargetSegment, int Candidates)
{
    public static async Task<BusiestPicks> FindAsync(IGraphStore store, CancellationToken ct)
    {
        var segments = await store.GetSegmentsAsync(ct).ConfigureAwait(false);
        var chain = segments.GroupBy(s => s.ChainId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var country = (await store.FindRegionsAsync(RegionLevel.Country, null, ct).ConfigureAwait(false))[0].Code;
        var (province, _) = await MostCompaniesAsync(store, await store.FindRegionsAsync(RegionLevel.Province, null, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        var (city, cityCompanies) = await MostCompaniesAsync(store, await store.FindRegionsAsync(RegionLevel.City, null, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        var best = ("", -1);
        foreach (var segment in segments)
        {
            var count = (await store.GetRecruitCandidatesAsync(city, segment.Id, [], ct).ConfigureAwait(false)).Count();
            if (count > best.Item2)
            {
                best = (segment.Id, count);
            }
        }
        return new BusiestPicks(chain, country, province, city, cityCompanies, best.Item1, best.Item2);
    }

    private static async Task<(string Code, int Count)> MostCompaniesAsync(IGraphStore store, IReadOnlyList<Region> regions, CancellationToken ct)
    {
        var best = ("", -1);
        foreach (var region in regions)
        {
            var count = (await store.FindCompaniesAsync(new CompanyQuery(RegionCode: region.Code), 1, null, ct).ConfigureAwait(false)).TotalCount;
            if (count > best.Item2)
            {
                best = (region.Code, count);
            }
        }
        return best;
    }
}
