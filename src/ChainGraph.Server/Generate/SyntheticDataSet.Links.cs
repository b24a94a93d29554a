using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;
using ChainGraph.Domain.Validation;
using ChainGraph.Import;

namespace ChainGraph.Server.Generate;

internal sealed partial class SyntheticDataSet
{
    /// <summary>3 to 7 customers per company: a quarter anchors, most along FEEDS, some anywhere; every confidence, and some left to the default.</summary>
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
                var confidence = _random.NextDouble() switch
                {
                    < 0.25 => "VERIFIED",
                    < 0.60 => "REPORTED",
                    < 0.85 => "UNVERIFIED",
                    _ => null, // REPORTED by default
                };
                if (customer != i && seen.Add((i, customer)))
                {
                    supplies.Row(CompanyId(i), CompanyId(customer), home, confidence, "synthetic");
                }
            }
        }
    }

    /// <summary>One project per twenty companies, in every status; one in seven without a disclosed amount, some amounts in 亿.</summary>
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
            var tens = _random.Next(1, 500); // tens of millions of yuan
            var yuan = _random.NextDouble() switch
            {
                < 0.14 => null,
                < 0.20 => (tens / 10m).ToString(Inv) + "亿",
                _ => (tens * 10_000_000L).ToString(Inv),
            };
            var date = start.AddDays(_random.Next(365 * 6)).ToString("yyyy-MM-dd", Inv);
            projects.Row($"p{p:D6}", $"合成项目{p}", company, city.Code, segment, yuan, statuses[_random.Next(statuses.Count)], date, "synthetic");
        }
    }

    /// <summary>Priority segments (leaves, now and then a parent) declared by a quarter of the cities and half of the provinces.</summary>
    private void WritePriorities(string folder)
    {
        using var priorities = new DataSetFileWriter(folder, DataSetSchema.RegionPriorities);
        void Declare(string region, int most)
        {
            var chain = $"chain{_random.Next(ChainCount)}";
            var segments = _leaves.Where(l => ChainOf(l) == chain).OrderBy(_ => _random.Next()).Take(1 + _random.Next(most)).ToList();
            if (_random.NextDouble() < 0.2)
            {
                segments.Add(_parentSegments[_random.Next(_parentSegments.Count)]);
            }
            foreach (var segment in segments.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                priorities.Row(region, segment, "synthetic plan");
            }
        }
        foreach (var city in _cities.Where(_ => _random.NextDouble() < 0.25))
        {
            Declare(city.Code, 4);
        }
        foreach (var province in _provinces.Where(_ => _random.NextDouble() < 0.5))
        {
            Declare(province, 6);
        }
    }
}
