using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;

namespace ChainGraph.TestSupport.Differential;

public sealed partial class NaiveOracle
{
    /// <summary>
    /// simulateRecruitment, sentence by sentence of the contract (section 10): the same rows with one more site
    /// per company, in R itself (R's point, kind PLANT), working in every segment its existing sites name; then
    /// gaps and coverage of both, compared.
    /// </summary>
    public RecruitmentSimulation SimulateRecruitment(string r, string chainId, IReadOnlyList<string> companyIds, int weakBelow = 2)
    {
        var region = Rows.Regions[r];
        var added = companyIds.Select((id, i) => new Site(
            $"what-if-{i}",
            id,
            null,
            r,
            region.Lat,
            region.Lon,
            SiteKind.Plant,
            Rows.Sites.Values.Where(s => s.CompanyId == id).SelectMany(s => s.SegmentIds).Distinct(Ord).Order(Ord).ToList()));
        var after = new NaiveOracle(Rows.WithSites(added));

        var gapsBefore = Gaps(r, chainId, weakBelow);
        var gapsAfter = after.Gaps(r, chainId, weakBelow);
        var coverageBefore = Coverage(r, chainId, weakBelow);
        var coverageAfter = after.Coverage(r, chainId, weakBelow);

        var beforeBySegment = gapsBefore.ToDictionary(g => g.Segment.Id, Ord);
        var afterBySegment = gapsAfter.ToDictionary(g => g.Segment.Id, Ord);
        var closed = gapsBefore.Where(g => !afterBySegment.ContainsKey(g.Segment.Id)).ToList();
        var opened = gapsAfter.Where(g => !beforeBySegment.ContainsKey(g.Segment.Id)).ToList();
        var changed = gapsBefore
            .Where(g => afterBySegment.TryGetValue(g.Segment.Id, out var a) && (a.Kind != g.Kind || a.Status != g.Status))
            .OrderBy(g => g.Segment.Id, Ord)
            .Select(g => new GapChange(g.Segment, g.Kind, afterBySegment[g.Segment.Id].Kind, g.Status, afterBySegment[g.Segment.Id].Status))
            .ToList();
        var coverageChanges = coverageBefore
            .Zip(coverageAfter, (x, y) => (Before: x, After: y))
            .Where(p => p.Before.LocalCompanyCount != p.After.LocalCompanyCount)
            .OrderBy(p => p.Before.Segment.Id, Ord)
            .Select(p => new CoverageChange(p.Before.Segment, p.Before.LocalCompanyCount, p.After.LocalCompanyCount, p.Before.Status, p.After.Status))
            .ToList();
        return new RecruitmentSimulation(gapsBefore.Count, gapsAfter.Count, closed, opened, changed, coverageChanges);
    }
}
