using ChainGraph.Domain.Model;

namespace ChainGraph.TestSupport.Differential;

/// <summary>
/// Picks questions about a data set with a fixed <see cref="Random"/> seed: regions at every level (the
/// country, provinces, cities, the district and park of the extras, regions where anchors have sites), leaf,
/// parent and root segments, weights (0 included) and <c>first</c> from 1 to 100, supplier/customer pairs
/// joined by a random walk over supplies (and some not joined) with maxHops 1 to 6, and pipeline windows
/// (open ends and reversed ones included).
/// </summary>
public sealed class QuestionPicker
{
    private static readonly StringComparer Ord = StringComparer.Ordinal;
    private readonly Random _random;
    private readonly DataSetRows _rows;
    private readonly string[] _regions;
    private readonly string[] _anchorRegions;
    private readonly (string Region, string Chain)[] _anchorPlaces;
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
        _regions = [.. rows.Regions.Keys.Order(Ord)];
        var oracle = new NaiveOracle(rows);
        var anchorSites = rows.Sites.Values.Where(s => oracle.IsAnchor(s.CompanyId)).OrderBy(s => s.Id, Ord).ToList();
        _anchorRegions = [.. anchorSites.Select(s => s.RegionCode).Distinct(Ord).Order(Ord)];
        // where an anchor works, with the chain it works in: the site's region or one above it
        _anchorPlaces = [.. anchorSites
            .SelectMany(s => s.SegmentIds.Select(id => rows.Segments[id].ChainId).SelectMany(chain => Above(rows, s.RegionCode).Select(r => (r, chain))))
            .Distinct()
            .OrderBy(p => p.r, Ord).ThenBy(p => p.chain, Ord)];
        _projectRegions = [.. rows.Projects.Values.SelectMany(p => Above(rows, p.RegionCode)).Distinct(Ord).Order(Ord)];
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
        }
        return questions;
    }

    /// <summary>Half of the time a chain an anchor works in and its region or one above it, else any region and chain.</summary>
    public (string Region, string Chain) RegionAndChain() =>
        _random.NextDouble() < 0.5 && _anchorPlaces.Length > 0 ? Pick(_anchorPlaces) : (Region(), Pick(_chains));

    private static IEnumerable<string> Above(DataSetRows rows, string region)
    {
        for (string? at = region; at is not null; at = rows.Regions[at].ParentCode)
        {
            yield return at;
        }
    }

    public DiffQuestion TargetsQuestion()
    {
        var segment = _random.NextDouble() < 0.2 ? DataSetExtras.Leaf : Pick(_segments);
        var region = _random.NextDouble() < 0.4 && _anchorPlaces.Length > 0 ? Pick(_anchorPlaces).Region : Region();
        var q = new DiffQuestion(DiffQuestion.Targets) { RegionCode = region, SegmentId = segment, First = _random.NextDouble() < 0.2 ? null : 1 + _random.Next(100) };
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

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
