using ChainGraph.Domain.Model;

namespace ChainGraph.GraphSeed.Tests;

/// <summary>graph-seed/ imports cleanly and holds at least what its README and the brief promise.</summary>
public sealed class SeedContentTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    private static readonly string[] GuangdongCities =
    [
        "440100", "440200", "440300", "440400", "440500", "440600", "440700", "440800", "440900", "441200", "441300",
        "441400", "441500", "441600", "441700", "441800", "441900", "442000", "445100", "445200", "445300",
    ];

    private static readonly string[] ZhaoqingCounties =
        ["441202", "441203", "441204", "441223", "441224", "441225", "441226", "441284"];

    [Fact]
    public void Imports_without_problems()
    {
        Expect.None(seed.Import.Problems.Select(p => p.ToString()), "import problem(s) in graph-seed/");
        Assert.True(seed.Import.Applied, "the import of graph-seed/ was not applied");
    }

    [Fact]
    public async Task Holds_the_energy_storage_chain_with_its_root_six_categories_and_at_least_45_leaves()
    {
        var chain = Assert.Single(await seed.Store.GetChainsAsync());
        Assert.Equal(SeedFixture.ChainId, chain.Id);

        var roots = seed.Segments.Values.Where(s => s.ChainId == SeedFixture.ChainId && s.ParentId is null).Select(s => s.Id).ToList();
        Assert.True(roots is ["es"], $"expected the single root segment 'es', found: {string.Join(", ", roots)}");

        var categories = seed.Segments.Values.Where(s => s.ParentId == "es").ToList();
        foreach (var category in Enum.GetValues<SegmentCategory>())
        {
            var id = "es-" + category.ToString().ToLowerInvariant();
            Assert.True(
                categories.Any(s => s.Id == id && s.Category == category),
                $"no category segment '{id}' ({category}) directly under 'es'; found: {string.Join(", ", categories.Select(s => $"{s.Id} ({s.Category})"))}");
        }

        var leaves = seed.LeavesOf(SeedFixture.ChainId);
        Assert.True(leaves.Count >= 45, $"only {leaves.Count} leaf segments in '{SeedFixture.ChainId}', expected at least 45");
        Expect.None(
            leaves.Where(l => l.ParentId is null || !categories.Any(c => c.Id == l.ParentId && c.Category == l.Category))
                .Select(l => $"{l.Id} ({l.Category}) under {l.ParentId ?? "nothing"}"),
            "leaf segment(s) not directly under the category segment of their own category");
    }

    [Fact]
    public void Holds_all_34_provincial_units_under_CN_and_every_region_lies_under_CN()
    {
        var country = Assert.Single(seed.Regions.Values, r => r.Level == RegionLevel.Country);
        Assert.Equal("CN", country.Code);
        var provinces = seed.Regions.Values.Where(r => r.Level == RegionLevel.Province).ToList();
        Expect.None(provinces.Where(p => p.ParentCode != "CN").Select(p => $"{p.Code} {p.NameZh} under {p.ParentCode}"), "province(s) not directly under CN");
        Assert.True(provinces.Count == 34, $"expected 34 provincial-level units, found {provinces.Count}: {string.Join(", ", provinces.Select(p => p.Code))}");
        Expect.None(
            provinces.Where(p => p.Code.Length != 6 || !p.Code.EndsWith("0000", StringComparison.Ordinal)).Select(p => $"{p.Code} {p.NameZh}"),
            "province(s) whose code is not a GB/T 2260 provincial code (NN0000)");
        Expect.None(seed.Regions.Keys.Where(c => !seed.IsWithin(c, "CN")).Order(StringComparer.Ordinal), "region(s) not under CN");
    }

    [Fact]
    public void Holds_the_21_prefecture_level_cities_of_Guangdong()
    {
        var cities = seed.Regions.Values.Where(r => r.Level == RegionLevel.City && r.ParentCode == "440000").Select(r => r.Code).Order(StringComparer.Ordinal).ToList();
        Assert.True(
            cities.SequenceEqual(GuangdongCities),
            $"cities under 440000 differ from the 21 prefecture-level cities of 广东.{Environment.NewLine}"
            + $"missing: {string.Join(", ", GuangdongCities.Except(cities))}{Environment.NewLine}unexpected: {string.Join(", ", cities.Except(GuangdongCities))}");
    }

    [Fact]
    public void Holds_the_districts_and_counties_of_Zhaoqing_and_its_high_tech_zone()
    {
        var below = seed.Regions.Values.Where(r => r.ParentCode == SeedFixture.Zhaoqing).ToList();
        Expect.None(
            ZhaoqingCounties.Where(c => !below.Any(r => r.Code == c && r.Level == RegionLevel.District)),
            "district/county code(s) of 肇庆 missing (level DISTRICT under 441200)");
        var zone = Assert.Single(below, r => r.Code == "441200-HTZ");
        Assert.Equal(RegionLevel.Park, zone.Level);
        Assert.Equal("肇庆高新区", zone.NameZh);
    }

    [Fact]
    public async Task Holds_at_least_120_companies_160_sites_and_80_supplies()
    {
        var stats = await seed.Store.GetStatsAsync();
        Assert.True(stats.Companies >= 120, $"only {stats.Companies} companies, expected at least 120");
        Assert.True(stats.Sites >= 160, $"only {stats.Sites} sites, expected at least 160");
        Assert.True(stats.Supplies >= 80, $"only {stats.Supplies} supplies, expected at least 80");
        Assert.Equal((stats.Companies, stats.Sites, stats.Supplies, stats.Projects), (seed.Companies.Count, seed.Sites.Count, seed.Supplies.Count, seed.Projects.Count));
    }

    [Fact]
    public void Holds_every_company_of_the_fact_table_with_a_site_in_its_head_office_city()
    {
        var missing = new List<string>();
        var misplaced = new List<string>();
        foreach (var (name, hqCity) in FactTable.Companies)
        {
            var company = seed.CompanyNamed(name);
            if (company is null)
            {
                missing.Add(name);
            }
            else if (!seed.SitesOf(company.Id).Any(s => seed.IsWithin(s.RegionCode, hqCity)))
            {
                misplaced.Add($"{name} ({company.Id}): no site in {hqCity}; sites in {string.Join(", ", seed.SitesOf(company.Id).Select(s => s.RegionCode))}");
            }
        }
        Expect.None(missing, "fact-table compan(ies) not found by name_zh (or found more than once)");
        Expect.None(misplaced, "fact-table compan(ies) without a site in the head-office city the fact table gives");
    }

    [Fact]
    public void Holds_the_supply_ties_the_fact_table_confirms()
    {
        var absent = new List<string>();
        foreach (var (supplierName, customerName) in FactTable.ConfirmedTies)
        {
            var supplier = seed.CompanyNamed(supplierName);
            var customer = seed.CompanyNamed(customerName);
            if (supplier is null || customer is null || !seed.Supplies.Any(s => s.SupplierId == supplier.Id && s.CustomerId == customer.Id))
            {
                absent.Add($"{supplierName} ({supplier?.Id ?? "?"}) -> {customerName} ({customer?.Id ?? "?"})");
            }
        }
        Expect.None(absent, "supply tie(s) marked ✓ in the fact table missing from supplies.csv");

        var catl = seed.CompanyNamed("宁德时代")!;
        Expect.None(
            new[] { "瑞庆时代", "邦普循环" }.Where(n => seed.CompanyNamed(n)?.ParentId != catl.Id),
            "CATL subsidiar(ies) without parent_id = catl");
    }
}
