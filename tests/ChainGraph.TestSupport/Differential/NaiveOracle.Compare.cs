using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;

namespace ChainGraph.TestSupport.Differential;

public sealed partial class NaiveOracle
{
    /// <summary>compareRegions, sentence by sentence of the contract (section 9).</summary>
    public IReadOnlyList<RegionComparisonRow> CompareRegions(IReadOnlyList<string> regionCodes, string chainId, int weakBelow = 2)
    {
        var segments = Rows.Segments.Values.Where(s => s.ChainId == chainId).OrderBy(s => s.Id, Ord).ToList();
        bool WorksInChain(Site site) => segments.Any(s => WorksIn(site, s.Id));
        // d: distinct companies (anywhere) with a site that works in some segment of the chain
        var d = Rows.Sites.Values.Where(WorksInChain).Select(s => s.CompanyId).Distinct(Ord).Count();
        // b for each region: its distinct local companies with a local site that works in some segment of the chain
        var local = regionCodes.Distinct(Ord).ToDictionary(r => r, r => LocalSites(r).ToList(), Ord);
        var b = local.ToDictionary(x => x.Key, x => x.Value.Where(WorksInChain).Select(s => s.CompanyId).Distinct(Ord).Count(), Ord);
        return segments.Select(s =>
        {
            // c: distinct companies (anywhere) with a site that works in the segment
            var c = Rows.Sites.Values.Where(site => WorksIn(site, s.Id)).Select(site => site.CompanyId).Distinct(Ord).Count();
            var cells = regionCodes.Select(r =>
            {
                var a = local[r].Where(site => WorksIn(site, s.Id)).Select(site => site.CompanyId).Distinct(Ord).Count();
                double? lq = b[r] == 0 || c == 0 ? null : ((double)a / b[r]) / ((double)c / d);
                return new RegionComparisonCell(r, a, StatusOf(a, weakBelow), lq);
            }).ToList();
            return new RegionComparisonRow(s, cells);
        }).ToList();
    }
}
