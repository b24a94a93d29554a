using ChainGraph.Domain.Model;

namespace ChainGraph.TestSupport.Differential;

/// <summary>
/// A few hand-placed rows appended to a generated data set (ids starting with <c>x-</c>), for the cases of the
/// contract that random data may miss: a district and a park, a subsidiary of another group supplying an
/// anchor's subsidiary, a supply inside an anchor's group, a three-level group spread over three cities (an
/// expansion candidate), sites naming only a parent segment or a chain root, two sites at one point, a
/// candidate more than 1000 km away tied to two anchor groups by rows of different confidence, an anchor of
/// another chain only, two anchors of one chain in the district, an anchor row on a group parent, priorities
/// declared by the city, the district, the province and the country, a flow on a parent segment and one
/// across chains, several supply rows between two companies, more than ten equally short paths, and projects
/// in every status, with and without an amount (and one of 0), signed and live on gap leaves of the district.
/// The rows are the same for every data set with the same generated rows.
/// </summary>
public static class DataSetExtras
{
    public const string City = "110100";
    public const string District = "110101";
    public const string Park = "110100-XP";
    public const string Leaf = "chain0-cells-0";
    public const string OtherChain = "chain1";
    public const string ManyPathsFrom = "x-q0";
    public const string ManyPathsTo = "x-q2";
    public const string DiamondFrom = "x-p0";
    public const string DiamondTo = "x-p2";

    /// <summary>Appends the extra rows to the data set in the folder (a generated one: it needs cities 110100, 120100, 130100, 310100 and 410100).</summary>
    public static void AddTo(string folder)
    {
        var rows = DataSetRows.Read(folder);
        var oracle = new NaiveOracle(rows);
        var city = rows.Regions[City];
        var tops = rows.Companies.Values.Where(c => c.ParentId is null).Select(c => c.Id).Order(StringComparer.Ordinal).ToList();
        var anchor = tops.First(c => oracle.IsAnchorOf(c, "chain0"));
        var other = tops.First(c => rows.Companies[c].Tags == CompanyTags.None && !oracle.IsAnchorOfAnyChain(c));
        // in the district, x-anc-sub (an anchor of chain0 through its group) works in chain0-materials-0: the cells it
        // feeds are EXTEND gaps there (one with a signed project, one with a live one), the recycling leaves feeding it FILL gaps
        var fed = rows.Flows.Where(f => f.FromId == "chain0-materials-0").Select(f => f.ToId).Order(StringComparer.Ordinal).ToList();
        var feeding = rows.Flows.Where(f => f.ToId == "chain0-materials-0").Select(f => f.FromId).Order(StringComparer.Ordinal).First();
        var add = new DataSetAppender(folder);
        Site SiteAt(string id, string company, string region, double lat, double lon, SiteKind kind, params string[] segments) =>
            new(id, company, null, region, Math.Round(lat, 4), Math.Round(lon, 4), kind, segments);
        static Company Co(string id, string name, CompanyTags tags = CompanyTags.None, string? parent = null) => new(id, name, null, null, tags, parent);

        add.Append(
        [
            new Region(District, "合成区1", "District 1", RegionLevel.District, City, Math.Round(city.Lat + 0.05, 4), Math.Round(city.Lon + 0.05, 4)),
            new Region(Park, "合成园区", "Park X", RegionLevel.Park, City, Math.Round(city.Lat - 0.05, 4), Math.Round(city.Lon, 4)),
        ]);
        add.Append(
        [
            new SegmentFlow("chain0-components", "chain0-cells-1"), // on a parent: not inherited by its children
            new SegmentFlow(Leaf, "chain1-applications-0"), // across chains
        ]);
        add.Append(
        [
            Co("x-anc-sub", "锚点子公司", parent: anchor),
            Co("x-anc-sub2", "锚点孙公司", CompanyTags.Srdi, "x-anc-sub"),
            Co("x-grp", "外地集团", CompanyTags.HighTech | CompanyTags.Listed, other),
            Co("x-grp-sub", "外地集团子公司", CompanyTags.HighTech, "x-grp"),
            Co("x-par", "只写父环节", CompanyTags.Anchor),
            Co("x-root", "只写产业链"),
            Co("x-twin", "同点双基地", CompanyTags.Listed),
            Co("x-far", "远方企业", CompanyTags.HighTech | CompanyTags.Srdi | CompanyTags.Listed),
            Co("x-ch1", "他链链主"),
            Co("x-anc2", "区内链主"),
            Co("x-p0", "菱形起点"), Co("x-p1a", "菱形甲"), Co("x-p1b", "菱形乙"), Co("x-p2", "菱形终点"),
            Co("x-q0", "多路起点"), Co("x-q2", "多路终点"),
            .. Enumerable.Range(1, 12).Select(i => Co($"x-q1-{i:D2}", $"多路中间{i}")),
        ]);
        add.Append(
        [
            new Anchor("x-ch1", OtherChain, "extra"), // an anchor of chain1 only: no reasons for chain0
            new Anchor("x-grp", OtherChain, "extra"), // on a group parent: x-grp-sub is an anchor of chain1 through it
            new Anchor("x-par", "chain0", null), // tagged ANCHOR as well
            new Anchor("x-anc2", "chain0", "extra"), // a second anchor in the district: gaps named by two anchors
        ]);
        add.Append(
        [
            SiteAt("x-anc-sub-s", "x-anc-sub", District, city.Lat + 0.05, city.Lon + 0.05, SiteKind.Plant, "chain0-materials-0"),
            SiteAt("x-anc-sub2-s", "x-anc-sub2", "120100", 39.1, 117.2, SiteKind.Plant, Leaf),
            SiteAt("x-grp-sub-s", "x-grp-sub", "310100", 31.2, 121.5, SiteKind.Plant, Leaf, "chain0-cells-1"),
            SiteAt("x-par-s", "x-par", Park, city.Lat - 0.05, city.Lon, SiteKind.Base, "chain0-cells"),
            SiteAt("x-root-s", "x-root", City, city.Lat, city.Lon, SiteKind.Hq, "chain0"),
            SiteAt("x-root-t", "x-root", "120100", 39.0, 117.0, SiteKind.Plant, Leaf),
            SiteAt("x-twin-b", "x-twin", "130100", 38.0, 114.5, SiteKind.Plant, Leaf),
            SiteAt("x-twin-a", "x-twin", "130100", 38.0, 114.5, SiteKind.Plant, Leaf),
            SiteAt("x-far-s", "x-far", "410100", -45.0, -170.0, SiteKind.Plant, Leaf),
            SiteAt("x-anc2-s", "x-anc2", District, city.Lat + 0.06, city.Lon + 0.04, SiteKind.Plant, "chain0-materials-0"),
            SiteAt("x-ch1-s", "x-ch1", District, city.Lat + 0.04, city.Lon + 0.05, SiteKind.Plant, "chain0-cells-2", "chain1-cells-0"),
        ]);
        static Supply Sup(string from, string to, string? segment, SupplyConfidence confidence = SupplyConfidence.Reported) => new(from, to, segment, "extra", confidence);
        add.Append(
        [
            Sup("x-grp-sub", "x-anc-sub", Leaf, SupplyConfidence.Verified),
            Sup("x-grp", anchor, null, SupplyConfidence.Unverified), // the same two groups again, weaker
            Sup("x-anc-sub", "x-anc-sub2", null),
            Sup("x-twin", "x-par", Leaf),
            Sup("x-far", "x-par", null, SupplyConfidence.Reported),
            Sup("x-far", "x-anc-sub2", Leaf, SupplyConfidence.Unverified), // with the row above: ties of 0.6 and 0.3
            Sup("x-ch1", "x-grp-sub", null, SupplyConfidence.Verified),
            Sup("x-p0", "x-p1a", Leaf), Sup("x-p0", "x-p1a", null, SupplyConfidence.Unverified), Sup("x-p0", "x-p1b", Leaf),
            Sup("x-p1a", "x-p2", null), Sup("x-p1b", "x-p2", null),
            .. Enumerable.Range(1, 12).SelectMany(i => new[] { Sup("x-q0", $"x-q1-{i:D2}", null), Sup($"x-q1-{i:D2}", "x-q2", null) }),
        ]);
        var date = new DateOnly(2023, 1, 15);
        add.Append(
        [
            .. Enum.GetValues<ProjectStatus>().Select((s, i) => new Project(
                $"x-pr-{i}", $"额外项目{i}", i % 2 == 0 ? "x-twin" : "x-far", i % 3 == 0 ? District : Park, "chain0-cells",
                i % 4 == 1 ? null : 250_000_000m, s, date.AddMonths(i), "extra")),
            new Project("x-pr-none", "无环节项目", null, City, null, 120_000_000m, ProjectStatus.Signed, new DateOnly(2023, 1, 1), "extra"),
            new Project("x-pr-other", "他链项目", "x-grp-sub", City, "chain1-applications-0", 80_000_000m, ProjectStatus.Lead, new DateOnly(2023, 12, 31), "extra"),
            new Project("x-pr-signed", "已签约项目", "x-far", District, fed[0], null, ProjectStatus.Signed, new DateOnly(2024, 3, 1), "extra"),
            new Project("x-pr-lead", "线索项目", null, District, fed[^1], null, ProjectStatus.Lead, new DateOnly(2024, 4, 1), "extra"),
            new Project("x-pr-zero", "零投资项目", "x-anc2", District, "chain0-materials-1", 0m, ProjectStatus.Lead, new DateOnly(2024, 4, 3), "extra"), // disclosed: 0
            new Project("x-pr-lead2", "在谈项目", "x-twin", City, "chain0-cells-2", 60_000_000m, ProjectStatus.Negotiating, new DateOnly(2024, 4, 2), "extra"),
            new Project("x-pr-dropped", "终止项目", "x-twin", City, Leaf, 10_000_000m, ProjectStatus.Dropped, new DateOnly(2024, 5, 1), "extra"),
        ]);
        RegionPriority[] priorities =
        [
            new RegionPriority(City, Leaf, "extra plan"),
            new RegionPriority(City, "chain0-cells", null),
            new RegionPriority(City, "chain0-recycling-1", null),
            new RegionPriority(District, "chain0-materials-0", null),
            new RegionPriority(District, feeding, null),
            new RegionPriority(District, fed[^1], null),
            new RegionPriority("110000", "chain0-cells-1", null),
            new RegionPriority("CN", "chain0-cells-2", null),
        ];
        add.Append(priorities.Where(p => !rows.RegionPriorities.ContainsKey(p.Key))); // the generated ones may hold some already
    }
}
