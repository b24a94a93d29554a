using System.Globalization;
using System.Text;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Validation;
using ChainGraph.Domain.Text;

namespace ChainGraph.TestSupport.Differential;

/// <summary>
/// A few hand-placed rows appended to a generated data set (ids starting with <c>x-</c>), for the cases of the
/// contract that random data may miss: a district and a park, a subsidiary of another group supplying an
/// anchor's subsidiary, a supply inside an anchor's group, a three-level group, sites naming only a parent
/// segment or a chain root, two sites at one point, a candidate more than 1000 km away, a flow on a parent
/// segment and one across chains, several supply rows between two companies, more than ten equally short
/// paths, and projects in every status. The rows are the same for every data set with the same generated rows.
/// </summary>
public static class DataSetExtras
{
    public const string City = "110100";
    public const string District = "110101";
    public const string Park = "110100-XP";
    public const string Leaf = "chain0-cells-0";
    public const string ManyPathsFrom = "x-q0";
    public const string ManyPathsTo = "x-q2";
    public const string DiamondFrom = "x-p0";
    public const string DiamondTo = "x-p2";

    /// <summary>Appends the extra rows to the data set in the folder (a generated one: it needs cities 110100, 120100, 130100, 310100 and 410100).</summary>
    public static void AddTo(string folder)
    {
        var rows = DataSetRows.Read(folder);
        var city = rows.Regions[City];
        var anchor = rows.Companies.Values.Where(c => c.ParentId is null && (c.Tags & CompanyTags.Anchor) != 0).Select(c => c.Id).Order(StringComparer.Ordinal).First();
        var other = rows.Companies.Values.Where(c => c.ParentId is null && c.Tags == CompanyTags.None).Select(c => c.Id).Order(StringComparer.Ordinal).First();
        string F(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);

        Append(folder, DataSetSchema.Regions,
            [
                [District, "合成区1", "District 1", "DISTRICT", City, F(city.Lat + 0.05), F(city.Lon + 0.05)],
                [Park, "合成园区", "Park X", "PARK", City, F(city.Lat - 0.05), F(city.Lon)]
            ]);
        Append(folder, DataSetSchema.Flows,
            [
                ["chain0-components", "chain0-cells-1"], // on a parent: not inherited by its children
                [Leaf, "chain1-applications-0"], // across chains
            ]);
        Append(folder, DataSetSchema.Companies,
            [
                ["x-anc-sub", "锚点子公司", null, null, null, anchor],
                ["x-anc-sub2", "锚点孙公司", null, null, "SRDI", "x-anc-sub"],
                ["x-grp", "外地集团", null, null, "HIGH_TECH;LISTED", other],
                ["x-grp-sub", "外地集团子公司", null, null, "HIGH_TECH", "x-grp"],
                ["x-par", "只写父环节", null, null, "ANCHOR", null],
                ["x-root", "只写产业链", null, null, null, null],
                ["x-twin", "同点双基地", null, null, "LISTED", null],
                ["x-far", "远方企业", null, null, "HIGH_TECH;SRDI;LISTED", null],
                ["x-p0", "菱形起点", null, null, null, null], ["x-p1a", "菱形甲", null, null, null, null],
                ["x-p1b", "菱形乙", null, null, null, null], ["x-p2", "菱形终点", null, null, null, null],
                ["x-q0", "多路起点", null, null, null, null], ["x-q2", "多路终点", null, null, null, null],
                .. Enumerable.Range(1, 12).Select(i => new string?[] { $"x-q1-{i:D2}", $"多路中间{i}", null, null, null, null })
            ]);
        Append(folder, DataSetSchema.Sites,
            [
                ["x-anc-sub-s", "x-anc-sub", null, District, F(city.Lat + 0.05), F(city.Lon + 0.05), "PLANT", "chain0-materials-0"],
                ["x-anc-sub2-s", "x-anc-sub2", null, "120100", F(39.1), F(117.2), "PLANT", Leaf],
                ["x-grp-sub-s", "x-grp-sub", null, "310100", F(31.2), F(121.5), "PLANT", $"{Leaf};chain0-cells-1"],
                ["x-par-s", "x-par", null, Park, F(city.Lat - 0.05), F(city.Lon), "BASE", "chain0-cells"],
                ["x-root-s", "x-root", null, City, F(city.Lat), F(city.Lon), "HQ", "chain0"],
                ["x-root-t", "x-root", null, "120100", F(39.0), F(117.0), "PLANT", Leaf],
                ["x-twin-b", "x-twin", null, "130100", F(38.0), F(114.5), "PLANT", Leaf],
                ["x-twin-a", "x-twin", null, "130100", F(38.0), F(114.5), "PLANT", Leaf],
                ["x-far-s", "x-far", null, "410100", F(-45.0), F(-170.0), "PLANT", Leaf]
            ]);
        Append(folder, DataSetSchema.Supplies,
            [
                ["x-grp-sub", "x-anc-sub", Leaf, "extra"],
                ["x-anc-sub", "x-anc-sub2", null, "extra"],
                ["x-twin", "x-par", Leaf, "extra"],
                ["x-p0", "x-p1a", Leaf, "extra"], ["x-p0", "x-p1a", null, "extra"], ["x-p0", "x-p1b", Leaf, "extra"],
                ["x-p1a", "x-p2", null, "extra"], ["x-p1b", "x-p2", null, "extra"],
                .. Enumerable.Range(1, 12).SelectMany(i => new[]
                {
                    new string?[] { "x-q0", $"x-q1-{i:D2}", null, "extra" },
                    new string?[] { $"x-q1-{i:D2}", "x-q2", null, "extra" },
                })
            ]);
        var statuses = ContractNames.All<ProjectStatus>();
        Append(folder, DataSetSchema.Projects,
            [
                .. statuses.Select((s, i) => new string?[] { $"x-pr-{i}", $"额外项目{i}", i % 2 == 0 ? "x-twin" : "x-far", i % 3 == 0 ? District : Park, "chain0-cells", "250000000", s, $"2023-0{i + 1}-15", "extra" }),
                ["x-pr-none", "无环节项目", null, City, null, "120000000", "SIGNED", "2023-01-01", "extra"],
                ["x-pr-other", "他链项目", "x-grp-sub", City, "chain1-applications-0", "80000000", "LEAD", "2023-12-31", "extra"]
            ]);
    }

    private static void Append(string folder, DataSetFile file, IEnumerable<string?[]> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            if (row.Length != file.Columns.Count)
            {
                throw new ArgumentException($"{file.FileName}: expected {file.Columns.Count} cells, got {row.Length}");
            }
            text.AppendJoin(',', row.Select(c => c is null ? "" : c.Contains(',') || c.Contains('"') ? $"\"{c.Replace("\"", "\"\"")}\"" : c)).Append("\r\n");
        }
        var path = Path.Combine(folder, file.FileName);
        var existing = File.ReadAllText(path);
        File.AppendAllText(path, (existing.EndsWith('\n') ? "" : "\n") + text, new UTF8Encoding(false));
    }
}
