using ChainGraph.Domain.Validation;
using ChainGraph.Import;

namespace ChainGraph.Server.Generate;

internal sealed partial class SyntheticDataSet
{
    private static readonly string[] CompanyColumns = ["id", "name_zh", "name_en", "uscc", "tags", "parent_id", "stock_code", "founded", "employees"];
    private static readonly string[] SiteColumns = ["id", "company_id", "name_zh", "region_code", "lat", "lon", "kind", "segment_ids", "capacity", "since"];

    private void WriteCompaniesAndSites(string folder)
    {
        using var companyFile = new DataSetFileWriter(folder, DataSetSchema.Companies, CompanyColumns);
        using var siteFile = new DataSetFileWriter(folder, DataSetSchema.Sites, SiteColumns);
        var weights = _cities.Select(c => c.Weight).ToArray();
        var total = weights.Sum();
        _homeLeaf = new string[companies];
        _parent = new int[companies];
        for (var i = 0; i < companies; i++)
        {
            var id = CompanyId(i);
            var tags = new List<string>();
            // ANCHOR tags (anchors of every chain) are rare; most anchors are of one chain or two (anchors.csv)
            if (_random.NextDouble() < 0.01) { tags.Add("ANCHOR"); _anchors.Add(i); }
            if (_random.NextDouble() < 0.30) tags.Add("HIGH_TECH");
            if (_random.NextDouble() < 0.10) tags.Add("SRDI");
            var listed = _random.NextDouble() < 0.05;
            if (listed) tags.Add("LISTED");
            // One in ten companies belongs to the group of an earlier company, half of them in the parent's segment.
            _parent[i] = i > 10 && _random.NextDouble() < 0.10 ? _random.Next(i) : -1;
            var parent = _parent[i] >= 0 ? CompanyId(_parent[i]) : null;
            var uscc = _random.NextDouble() < 0.2 ? MakeUscc() : null;
            var stockCode = listed ? $"{_random.Next(600000, 689999)}.{(_random.Next(2) == 0 ? "SH" : "SZ")}" : null;
            var founded = _random.NextDouble() < 0.6 ? (1980 + _random.Next(44)).ToString(Inv) : null;
            var employees = _random.NextDouble() < 0.4 ? (10 + _random.Next(50_000)).ToString(Inv) : null;
            companyFile.Row(id, $"合成企业{i}", $"Synthetic Co {i}", uscc, string.Join(';', tags), parent, stockCode, founded, employees);

            var home = _parent[i] >= 0 && _random.NextDouble() < 0.5 ? _homeLeaf[_parent[i]] : _leaves[_random.Next(_leaves.Count)];
            _homeLeaf[i] = home;
            Add(_companiesByLeaf, home, i);
            var siteCount = 1 + _random.Next(3);
            for (var s = 0; s < siteCount; s++)
            {
                var city = _cities[Pick(weights, total)];
                var segmentIds = s == 0 || _random.NextDouble() < 0.7 ? home : $"{home};{_leaves[_random.Next(_leaves.Count)]}";
                var kind = s == 0 ? "HQ" : _random.NextDouble() < 0.7 ? "PLANT" : "BASE";
                var capacity = kind == "PLANT" && _random.NextDouble() < 0.3 ? (_random.Next(2) == 0 ? $"{1 + _random.Next(80)}GWh" : $"{1 + _random.Next(50)}万吨/年") : null;
                var since = _random.NextDouble() < 0.3 ? new DateOnly(2005, 1, 1).AddDays(_random.Next(365 * 19)).ToString("yyyy-MM-dd", Inv) : null;
                siteFile.Row(
                    $"{id}-s{s}",
                    id,
                    $"合成企业{i}基地{s}",
                    city.Code,
                    F(city.Lat + ((_random.NextDouble() - 0.5) * 0.4)),
                    F(city.Lon + ((_random.NextDouble() - 0.5) * 0.4)),
                    kind,
                    segmentIds,
                    capacity,
                    since);
            }
        }
    }

    /// <summary>
    /// Anchors of one chain (now and then a second one): 3% of the companies, 20% of the group parents (whose
    /// anchor rows pass down to their group). The chain is mostly the one of the company's own segment.
    /// </summary>
    private void WriteAnchors(string folder)
    {
        using var anchors = new DataSetFileWriter(folder, DataSetSchema.Anchors);
        var isParent = new bool[companies];
        foreach (var p in _parent.Where(p => p >= 0))
        {
            isParent[p] = true;
        }
        var tagged = _anchors.ToHashSet();
        _anchors.Clear();
        for (var i = 0; i < companies; i++)
        {
            if (tagged.Contains(i))
            {
                _anchors.Add(i);
            }
            if (_random.NextDouble() >= (isParent[i] ? 0.2 : 0.03))
            {
                continue;
            }
            var own = ChainOf(_homeLeaf[i]);
            var chain = _random.NextDouble() < 0.8 ? own : $"chain{_random.Next(ChainCount)}";
            anchors.Row(CompanyId(i), chain, "synthetic");
            var second = $"chain{_random.Next(ChainCount)}";
            if (_random.NextDouble() < 0.25 && second != chain)
            {
                anchors.Row(CompanyId(i), second, null);
            }
            if (_anchors.Count == 0 || _anchors[^1] != i)
            {
                _anchors.Add(i);
            }
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
}
