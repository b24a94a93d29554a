using System.Globalization;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Validation;
using ChainGraph.Import;
using ChainGraph.Domain.Text;

namespace ChainGraph.Server.Generate;

/// <summary>
/// Writes a synthetic data set of any size in the import format, deterministic for a seed: eight chains
/// of 25 segments with FEEDS flows, 31 provinces with about 350 cities, companies with 1-3 sites each,
/// about five supplies per company biased along FEEDS and toward anchors, 2% anchors, groups, and
/// one project per twenty companies.
/// </summary>
internal sealed class SyntheticDataSet(int companies, int seed)
{
    private const int ChainCount = 8;
    private const int LeavesPerCategory = 3;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly SegmentCategory[] Categories = Enum.GetValues<SegmentCategory>();

    private readonly Random _random = new(seed);
    private readonly List<(string Code, double Lat, double Lon, double Weight)> _cities = [];
    private readonly List<string> _leaves = [];
    private readonly Dictionary<string, List<string>> _feeds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _companiesByLeaf = new(StringComparer.Ordinal);
    private readonly List<int> _anchors = [];
    private string[] _homeLeaf = [];

    public void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        WriteChains(folder);
        WriteRegions(folder);
        WriteCompaniesAndSites(folder);
        WriteSupplies(folder);
        WriteProjects(folder);
    }

    public static string CompanyId(int i) => "c" + i.ToString("D7", Inv);

    private void WriteChains(string folder)
    {
        using var chains = new DataSetFileWriter(folder, DataSetSchema.Chains);
        using var segments = new DataSetFileWriter(folder, DataSetSchema.Segments);
        using var flows = new DataSetFileWriter(folder, DataSetSchema.Flows);
        for (var c = 0; c < ChainCount; c++)
        {
            var chain = $"chain{c}";
            chains.Row(chain, $"合成产业链{c}", $"Synthetic chain {c}");
            segments.Row($"{chain}", chain, $"产业链{c}", $"Chain {c}", "APPLICATIONS", null);
            var byCategory = new List<string>[Categories.Length];
            foreach (var category in Categories)
            {
                var name = ContractNames.Of(category);
                var parent = $"{chain}-{name.ToLowerInvariant()}";
                segments.Row(parent, chain, $"{chain}{name}环节", $"{name} of chain {c}", name, chain);
                byCategory[(int)category] = [];
                for (var l = 0; l < LeavesPerCategory; l++)
                {
                    var leaf = $"{parent}-{l}";
                    segments.Row(leaf, chain, $"{chain}{name}细分{l}", $"{name} {l} of chain {c}", name, parent);
                    byCategory[(int)category].Add(leaf);
                    _leaves.Add(leaf);
                    _feeds[leaf] = [];
                }
            }
            // Materials, components and equipment feed cells; cells feed applications; applications feed
            // recycling; recycling feeds materials. Each leaf gets two flows to the next stage.
            void Link(SegmentCategory from, SegmentCategory to)
            {
                foreach (var source in byCategory[(int)from])
                {
                    foreach (var target in byCategory[(int)to].OrderBy(_ => _random.Next()).Take(2).Order(StringComparer.Ordinal))
                    {
                        flows.Row(source, target);
                        _feeds[source].Add(target);
                    }
                }
            }
            Link(SegmentCategory.Materials, SegmentCategory.Cells);
            Link(SegmentCategory.Components, SegmentCategory.Cells);
            Link(SegmentCategory.Equipment, SegmentCategory.Cells);
            Link(SegmentCategory.Cells, SegmentCategory.Applications);
            Link(SegmentCategory.Applications, SegmentCategory.Recycling);
            Link(SegmentCategory.Recycling, SegmentCategory.Materials);
        }
    }

    private void WriteRegions(string folder)
    {
        using var regions = new DataSetFileWriter(folder, DataSetSchema.Regions);
        regions.Row("CN", "中国", "China", "COUNTRY", null, "35.8617", "104.1954");
        for (var p = 0; p < 31; p++)
        {
            var code = (11 + p).ToString(Inv) + "0000";
            var lat = 22 + (_random.NextDouble() * 22);
            var lon = 100 + (_random.NextDouble() * 22);
            regions.Row(code, $"合成省{p + 1}", $"Province {p + 1}", "PROVINCE", "CN", F(lat), F(lon));
            var cityCount = 8 + _random.Next(7);
            for (var c = 1; c <= cityCount; c++)
            {
                var city = (11 + p).ToString(Inv) + c.ToString("D2", Inv) + "00";
                var cityLat = lat + ((_random.NextDouble() - 0.5) * 4);
                var cityLon = lon + ((_random.NextDouble() - 0.5) * 4);
                regions.Row(city, $"合成市{p + 1}-{c}", $"City {p + 1}-{c}", "CITY", code, F(cityLat), F(cityLon));
                // A few big cities hold many companies, as in reality (Zipf-like weights).
                _cities.Add((city, cityLat, cityLon, 1.0 / (1 + _cities.Count % 40)));
            }
        }
    }

    private void WriteCompaniesAndSites(string folder)
    {
        using var companyFile = new DataSetFileWriter(folder, DataSetSchema.Companies);
        using var siteFile = new DataSetFileWriter(folder, DataSetSchema.Sites);
        var weights = _cities.Select(c => c.Weight).ToArray();
        var total = weights.Sum();
        _homeLeaf = new string[companies];
        for (var i = 0; i < companies; i++)
        {
            var id = CompanyId(i);
            var tags = new List<string>();
            if (_random.NextDouble() < 0.02) { tags.Add("ANCHOR"); _anchors.Add(i); }
            if (_random.NextDouble() < 0.30) tags.Add("HIGH_TECH");
            if (_random.NextDouble() < 0.10) tags.Add("SRDI");
            if (_random.NextDouble() < 0.05) tags.Add("LISTED");
            // One in ten companies belongs to the group of an earlier company.
            var parent = i > 10 && _random.NextDouble() < 0.10 ? CompanyId(_random.Next(i)) : null;
            var uscc = _random.NextDouble() < 0.2 ? MakeUscc() : null;
            companyFile.Row(id, $"合成企业{i}", $"Synthetic Co {i}", uscc, string.Join(';', tags), parent);

            var home = _leaves[_random.Next(_leaves.Count)];
            _homeLeaf[i] = home;
            Add(_companiesByLeaf, home, i);
            var siteCount = 1 + _random.Next(3);
            for (var s = 0; s < siteCount; s++)
            {
                var city = _cities[Pick(weights, total)];
                var segmentIds = s == 0 || _random.NextDouble() < 0.7 ? home : $"{home};{_leaves[_random.Next(_leaves.Count)]}";
                siteFile.Row(
                    $"{id}-s{s}",
                    id,
                    $"合成企业{i}基地{s}",
                    city.Code,
                    F(city.Lat + ((_random.NextDouble() - 0.5) * 0.4)),
                    F(city.Lon + ((_random.NextDouble() - 0.5) * 0.4)),
                    s == 0 ? "HQ" : _random.NextDouble() < 0.7 ? "PLANT" : "BASE",
                    segmentIds);
            }
        }
    }

    private void WriteSupplies(string folder)
    {
        using var supplies = new DataSetFileWriter(folder, DataSetSchema.Supplies);
        var seen = new HashSet<(int, int)>();
        for (var i = 0; i < companies; i++)
        {
            var home = _homeLeaf[i];
            var targets = _feeds[home];
            var count = 3 + _random.Next(5);
            for (var k = 0; k < count; k++)
            {
                int customer;
                var roll = _random.NextDouble();
                if (roll < 0.25 && _anchors.Count > 0)
                {
                    customer = _anchors[_random.Next(_anchors.Count)];
                }
                else if (roll < 0.85 && targets.Count > 0 && _companiesByLeaf.TryGetValue(targets[_random.Next(targets.Count)], out var pool))
                {
                    customer = pool[_random.Next(pool.Count)];
                }
                else
                {
                    customer = _random.Next(companies);
                }
                if (customer != i && seen.Add((i, customer)))
                {
                    supplies.Row(CompanyId(i), CompanyId(customer), home, "synthetic");
                }
            }
        }
    }

    private void WriteProjects(string folder)
    {
        using var projects = new DataSetFileWriter(folder, DataSetSchema.Projects);
        var statuses = ContractNames.All<ProjectStatus>();
        var start = new DateOnly(2020, 1, 1);
        for (var p = 0; p < Math.Max(1, companies / 20); p++)
        {
            var city = _cities[_random.Next(_cities.Count)];
            var company = _random.NextDouble() < 0.8 ? CompanyId(_random.Next(companies)) : null;
            var segment = _random.NextDouble() < 0.9 ? _leaves[_random.Next(_leaves.Count)] : null;
            var yuan = (_random.Next(1, 500) * 10_000_000L).ToString(Inv);
            var date = start.AddDays(_random.Next(365 * 6)).ToString("yyyy-MM-dd", Inv);
            projects.Row($"p{p:D6}", $"合成项目{p}", company, city.Code, segment, yuan, statuses[_random.Next(statuses.Count)], date, "synthetic");
        }
    }

    private string MakeUscc()
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var chars = new char[17];
        for (var i = 0; i < 17; i++)
        {
            chars[i] = alphabet[_random.Next(alphabet.Length)];
        }
        var first = new string(chars);
        return first + Domain.Validation.Uscc.CheckCharacter(first);
    }

    private int Pick(double[] weights, double total)
    {
        var x = _random.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x <= 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        list.Add(value);
    }

    private static string F(double value) => value.ToString("0.0000", Inv);
}
