using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;

namespace ChainGraph.TestSupport.Differential;

public sealed partial class QuestionPicker
{
    private Dictionary<string, string[]>? _companiesBySegment;

    /// <summary>
    /// compareRegions: 2 to 10 distinct regions: the cities of one province (with the province, sometimes), or
    /// regions of any level (the extras' district and park, where most chains have no company: a null quotient).
    /// </summary>
    public DiffQuestion CompareQuestion()
    {
        var count = 2 + _random.Next(9);
        var regions = new List<string>();
        var roll = _random.NextDouble();
        if (roll < 0.4)
        {
            var province = Pick(_regions.Where(r => _rows.Regions[r].Level == RegionLevel.Province).ToArray());
            var cities = _regions.Where(r => _rows.Regions[r].ParentCode == province).OrderBy(_ => _random.Next()).ToList();
            if (_random.NextDouble() < 0.3)
            {
                regions.Add(province);
            }
            regions.AddRange(cities);
        }
        else if (roll < 0.55)
        {
            regions.AddRange([DataSetExtras.Park, DataSetExtras.City, DataSetExtras.District]);
        }
        while (regions.Distinct(Ord).Count() < count)
        {
            regions.Add(Region());
        }
        var codes = regions.Distinct(Ord).Take(count).OrderBy(_ => _random.Next()).ToList();
        var chain = _random.NextDouble() < 0.5 && _anchorPlaces.Length > 0 ? Pick(_anchorPlaces).Chain : Pick(_chains);
        return new DiffQuestion(DiffQuestion.Compare) { RegionCodes = codes, ChainId = chain, WeakBelow = WeakBelow() };
    }

    /// <summary>
    /// simulateRecruitment: mostly a region and chain with gaps, and companies that work in one of the gap segments
    /// (one company turns a MISSING segment WEAK, enough of them make it STRONG), sometimes with others; else any
    /// 1 to 10 companies.
    /// </summary>
    public DiffQuestion SimulateQuestion()
    {
        var (region, chain) = RegionAndChain();
        var weakBelow = _random.NextDouble() < 0.5 ? null : (int?)(1 + _random.Next(4));
        var count = 1 + _random.Next(_random.NextDouble() < 0.7 ? 3 : 10);
        var companies = new List<string>();
        var gaps = _random.NextDouble() < 0.8 ? _oracle.Gaps(region, chain, weakBelow ?? 2) : [];
        if (gaps.Count > 0)
        {
            // a FILL gap when there is one, and mostly fewer companies than weakBelow: it turns into STRENGTHEN
            var fills = gaps.Where(g => g.Kind == GapKind.Fill).ToList();
            var gap = fills.Count > 0 && _random.NextDouble() < 0.6 ? Pick(fills) : Pick(gaps);
            var fewer = Math.Max(1, (weakBelow ?? 2) - 1);
            var only = _random.NextDouble() < 0.5;
            var local = _oracle.LocalSites(region).Select(s => s.CompanyId).ToHashSet(Ord);
            companies.AddRange(CompaniesIn(gap.Segment.Id).Where(c => !local.Contains(c)).OrderBy(_ => _random.Next()).Take(only ? 1 + _random.Next(fewer) : count));
            count = only && companies.Count > 0 ? companies.Count : count;
        }
        while (companies.Distinct(Ord).Count() < count)
        {
            companies.Add(Pick(_companies));
        }
        var ids = companies.Distinct(Ord).Take(count).ToList();
        return new DiffQuestion(DiffQuestion.Simulate) { RegionCode = region, ChainId = chain, CompanyIds = ids, WeakBelow = weakBelow };
    }

    /// <summary>The companies with a site naming the segment (or one below it).</summary>
    private string[] CompaniesIn(string segmentId)
    {
        _companiesBySegment ??= _rows.Sites.Values
            .SelectMany(s => s.SegmentIds.SelectMany(_oracle.SelfAndAbove).Distinct(Ord).Select(seg => (Segment: seg, s.CompanyId)))
            .GroupBy(x => x.Segment, Ord)
            .ToDictionary(g => g.Key, g => g.Select(x => x.CompanyId).Distinct(Ord).Order(Ord).ToArray(), Ord);
        return _companiesBySegment.GetValueOrDefault(segmentId) ?? [];
    }
}
