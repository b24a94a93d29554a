using System.Globalization;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Validation;
using ChainGraph.Import;
using ChainGraph.Domain.Text;

namespace ChainGraph.Server.Generate;

/// <summary>
/// Writes a synthetic data set of any size in the import format (version 2), deterministic for a seed: eight
/// chains of 25 segments with FEEDS flows, 31 provinces with about 350 cities, companies with 1-3 sites each,
/// groups (one company in ten belongs to an earlier company's group, often in the same segment, in other
/// cities), anchors by tag (every chain) and by chain in anchors.csv (more often on group parents), about
/// five supplies per company biased along FEEDS and toward anchors with every confidence (some left to the
/// default), one project per twenty companies (some without a disclosed amount), and priority segments
/// declared by some cities and provinces.
/// </summary>
internal sealed partial class SyntheticDataSet(int companies, int seed)
{
    private const int ChainCount = 8;
    private const int LeavesPerCategory = 3;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly SegmentCategory[] Categories = Enum.GetValues<SegmentCategory>();

    private readonly Random _random = new(seed);
    private readonly List<(string Code, double Lat, double Lon, double Weight)> _cities = [];
    private readonly List<string> _provinces = [];
    private readonly List<string> _leaves = [];
    private readonly List<string> _parentSegments = [];
    private readonly Dictionary<string, List<string>> _feeds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _companiesByLeaf = new(StringComparer.Ordinal);
    private readonly List<int> _anchors = [];
    private string[] _homeLeaf = [];
    private int[] _parent = [];

    public void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        WriteChains(folder);
        WriteRegions(folder);
        WriteCompaniesAndSites(folder);
        WriteAnchors(folder);
        WriteSupplies(folder);
        WriteProjects(folder);
        WritePriorities(folder);
    }

    public static string CompanyId(int i) => "c" + i.ToString("D7", Inv);

    private static string ChainOf(string segmentId) => segmentId[..segmentId.IndexOf('-', StringComparison.Ordinal)];

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
                _parentSegments.Add(parent);
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
            _provinces.Add(code);
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
