using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;

namespace ChainGraph.TestSupport.Differential;

/// <summary>
/// Picks questions about a data set with a fixed <see cref="Random"/> seed: regions at every level (the
/// country, provinces, cities, the district and park of the extras, regions where anchors have sites, where
/// priorities are declared, where live projects are), leaf, parent and root segments, weights (0 included),
/// <c>first</c> from 1 to 100 and every scope, places where a group is already local (so that expansion
/// candidates exist), supplier/customer pairs joined by a random walk over supplies (and some not joined) with
/// maxHops 1 to 6, pipeline windows (open ends and reversed ones included), 2 to 10 regions to compare, 1 to 10
/// companies to land where they would close or change gaps; and about one question in ten with bad arguments
/// (one or two of them, so that the first in order must be named).
/// </summary>
public sealed partial class QuestionPicker
{
    private static readonly StringComparer Ord = StringComparer.Ordinal;
    private readonly Random _random;
    private readonly DataSetRows _rows;
    private readonly NaiveOracle _oracle;
    private readonly string[] _regions;
    private readonly string[] _anchorRegions;
    private readonly (string Region, string Chain)[] _anchorPlaces;
    private readonly (string Region, string Segment)[] _expansionPlaces;
    private readonly (string Region, string Chain)[] _declaredPlaces;
    private readonly (string Region, string Chain)[] _projectPlaces;
    private readonly string[] _projectRegions;
    private readonly string[] _chains;
    private readonly string[] _segments;
    private readonly string[] _companies;
    private readonly Dictionary<string, string[]> _customers;

    public QuestionPicker(DataSetRows rows, int seed)
    {
        Seed = seed;
        _random = new Random(seed);
        _rows = rows;
        _oracle = new NaiveOracle(rows);
        _regions = [.. rows.Regions.Keys.Order(Ord)];
        var chainsOf = rows.Companies.Keys.ToDictionary(c => c, c => rows.Chains.Keys.Where(x => _oracle.IsAnchorOf(c, x)).ToArray(), Ord);
        var anchorSites = rows.Sites.Values.Where(s => chainsOf[s.CompanyId].Length > 0).OrderBy(s => s.Id, Ord).ToList();
        _anchorRegions = [.. anchorSites.Select(s => s.RegionCode).Distinct(Ord).Order(Ord)];
        // where an anchor works, with a chain it is an anchor of: the site's region or one above it
        _anchorPlaces = [.. anchorSites
            .SelectMany(s => chainsOf[s.CompanyId].SelectMany(chain => Above(rows, s.RegionCode).Select(r => (r, chain))))
            .Distinct()
            .OrderBy(p => p.r, Ord).ThenBy(p => p.chain, Ord)];
        _expansionPlaces = ExpansionPlaces(rows, _oracle);
        _projectRegions = [.. rows.Projects.Values.SelectMany(p => Above(rows, p.RegionCode)).Distinct(Ord).Order(Ord)];
        _declaredPlaces = [.. rows.RegionPriorities.Keys.Select(p => (p.RegionCode, rows.Segments[p.SegmentId].ChainId)).Distinct().OrderBy(p => p.RegionCode, Ord).ThenBy(p => p.ChainId, Ord)];
        // where live projects are, with their segment's chain: the project's region or one above it
        _projectPlaces = [.. rows.Projects.Values.Where(p => p.SegmentId is not null && NaiveOracle.IsLive(p.Status))
            .SelectMany(p => Above(rows, p.RegionCode).Select(r => (r, rows.Segments[p.SegmentId!].ChainId)))
            .Distinct().OrderBy(p => p.r, Ord).ThenBy(p => p.ChainId, Ord)];
        _chains = [.. rows.Chains.Keys.Order(Ord)];
        _segments = [.. rows.Segments.Keys.Order(Ord)];
        _companies = [.. rows.Companies.Keys.Order(Ord)];
        _customers = rows.Supplies.Values.GroupBy(s => s.SupplierId, Ord)
            .ToDictionary(g => g.Key, g => g.Select(s => s.CustomerId).Distinct(Ord).Order(Ord).ToArray(), Ord);
    }

    public int Seed { get; }

    /// <summary>A region: a quarter of the time where an anchor has a site, else any level, weighted toward the small ones.</summary>
    public string Region()
    {
        var roll = _random.NextDouble();
        if (roll < 0.25 && _anchorRegions.Length > 0)
        {
            return Pick(_anchorRegions);
        }
        if (roll < 0.30)
        {
            return Pick(["CN", DataSetExtras.City, DataSetExtras.District, DataSetExtras.Park]);
        }
        var level = roll < 0.40 ? RegionLevel.Province : RegionLevel.City;
        return Pick(_regions.Where(r => _rows.Regions[r].Level == level).ToArray());
    }

    /// <summary>The questions about the extras (<see cref="Cases"/>), then perKind questions of every kind, each with a one-in-ten chance of bad arguments.</summary>
    public List<DiffQuestion> Pick(int perKind)
    {
        var questions = new List<DiffQuestion>();
        for (var i = 0; i < perKind; i++)
        {
            var (region, chain) = RegionAndChain();
            questions.Add(new DiffQuestion(DiffQuestion.Coverage) { RegionCode = region, ChainId = chain, WeakBelow = WeakBelow() });
            (region, chain) = RegionAndChain();
            questions.Add(new DiffQuestion(DiffQuestion.Gaps) { RegionCode = region, ChainId = chain, WeakBelow = WeakBelow() });
            questions.Add(TargetsQuestion());
            questions.Add(TargetsQuestion());
            questions.Add(PathsQuestion());
            questions.Add(PipelineQuestion());
            questions.Add(CompareQuestion());
            questions.Add(SimulateQuestion());
        }
        return [.. Cases(), .. questions.Select(q => _random.NextDouble() < 0.1 ? Spoil(q) : q)];
    }

    /// <summary>
    /// A region and a chain: often a chain a local anchor is an anchor of, where the region declared priorities, or
    /// where it has live projects (the region or one above it); else any region and chain.
    /// </summary>
    public (string Region, string Chain) RegionAndChain()
    {
        var roll = _random.NextDouble();
        return roll < 0.4 && _anchorPlaces.Length > 0 ? Pick(_anchorPlaces)
            : roll < 0.55 && _declaredPlaces.Length > 0 ? Pick(_declaredPlaces)
            : roll < 0.7 && _projectPlaces.Length > 0 ? Pick(_projectPlaces)
            : (Region(), Pick(_chains));
    }

    private static IEnumerable<string> Above(DataSetRows rows, string region)
    {
        for (string? at = region; at is not null; at = rows.Regions[at].ParentCode)
        {
            yield return at;
        }
    }

    /// <summary>
    /// (region, segment) where a company works in the segment elsewhere while another company of its group has a
    /// site in the region (a city, or the province above it): recruitment with EXPANSION scope finds it there.
    /// </summary>
    private static (string Region, string Segment)[] ExpansionPlaces(DataSetRows rows, NaiveOracle oracle)
    {
        var sitesByCompany = rows.Sites.Values.GroupBy(s => s.CompanyId, Ord).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Id, Ord).ToList(), Ord);
        var places = new List<(string, string)>();
        foreach (var group in rows.Companies.Keys.Where(sitesByCompany.ContainsKey).GroupBy(oracle.GroupOf, Ord).Where(g => g.Count() > 1))
        {
            var members = group.Order(Ord).ToList();
            foreach (var member in members)
            {
                var other = members.First(m => m != member);
                var region = sitesByCompany[other][0].RegionCode;
                if (sitesByCompany[member].All(s => s.RegionCode != region))
                {
                    places.Add((region, sitesByCompany[member][0].SegmentIds[0]));
                    places.Add((rows.Regions[region].ParentCode ?? region, sitesByCompany[member][0].SegmentIds[0]));
                }
            }
        }
        return [.. places.Distinct().OrderBy(p => p.Item1, Ord).ThenBy(p => p.Item2, Ord)];
    }

    public DiffQuestion TargetsQuestion()
    {
        var roll = _random.NextDouble();
        var scope = roll < 0.3 ? (RecruitScope?)null : roll < 0.5 ? RecruitScope.New : roll < 0.8 ? RecruitScope.Expansion : RecruitScope.All;
        string segment, region;
        if (scope is RecruitScope.Expansion or RecruitScope.All && _expansionPlaces.Length > 0 && _random.NextDouble() < 0.6)
        {
            (region, segment) = Pick(_expansionPlaces);
        }
        else
        {
            segment = _random.NextDouble() < 0.2 ? DataSetExtras.Leaf : Pick(_segments);
            region = _random.NextDouble() < 0.4 && _anchorPlaces.Length > 0 ? Pick(_anchorPlaces).Region : Region();
        }
        var q = new DiffQuestion(DiffQuestion.Targets) { RegionCode = region, SegmentId = segment, Scope = scope, First = _random.NextDouble() < 0.2 ? null : 1 + _random.Next(100) };
        return _random.NextDouble() < 0.3 ? q : q with { AnchorTiesWeight = Weight(), CredentialsWeight = Weight(), ProximityWeight = Weight() };
    }

    public DiffQuestion PathsQuestion()
    {
        var roll = _random.NextDouble();
        var maxHops = 1 + _random.Next(6);
        if (roll < 0.05)
        {
            return new DiffQuestion(DiffQuestion.Paths) { FromCompanyId = DataSetExtras.ManyPathsFrom, ToCompanyId = DataSetExtras.ManyPathsTo, MaxHops = maxHops };
        }
        if (roll < 0.10)
        {
            return new DiffQuestion(DiffQuestion.Paths) { FromCompanyId = DataSetExtras.DiamondFrom, ToCompanyId = DataSetExtras.DiamondTo, MaxHops = maxHops };
        }
        var from = Pick(_companies);
        var to = roll < 0.25 ? Pick(_companies) : from;
        if (roll >= 0.25)
        {
            // walk 1..6 random supplies, so that a path exists (if the walk is not stuck)
            var steps = 1 + _random.Next(6);
            for (var k = 0; k < steps && _customers.TryGetValue(to, out var next); k++)
            {
                to = Pick(next);
            }
        }
        return new DiffQuestion(DiffQuestion.Paths) { FromCompanyId = from, ToCompanyId = to, MaxHops = _random.NextDouble() < 0.2 ? null : maxHops };
    }

    public DiffQuestion PipelineQuestion()
    {
        DateOnly Date() => new DateOnly(2019, 6, 1).AddDays(_random.Next(365 * 7));
        var from = _random.NextDouble() < 0.2 ? (DateOnly?)null : Date();
        var to = _random.NextDouble() < 0.2 ? (DateOnly?)null : Date();
        if (from > to && _random.NextDouble() < 0.7)
        {
            (from, to) = (to, from); // mostly proper windows; some reversed ones (zeros)
        }
        var region = _random.NextDouble() < 0.5 ? Pick(_projectRegions) : Region();
        return new DiffQuestion(DiffQuestion.Pipeline) { RegionCode = region, FromDate = from, ToDate = to };
    }

    private int? WeakBelow()
    {
        var roll = _random.NextDouble();
        return roll < 0.3 ? null : roll < 0.9 ? 1 + _random.Next(5) : 1 + _random.Next(1000);
    }

    /// <summary>A weight, or none (the default): 0, small integers, fractions, larger values.</summary>
    private double? Weight()
    {
        var roll = _random.NextDouble();
        return roll < 0.25 ? null : roll < 0.4 ? 0 : roll < 0.7 ? _random.Next(1, 6) : Math.Round(_random.NextDouble() * 20, 3);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
