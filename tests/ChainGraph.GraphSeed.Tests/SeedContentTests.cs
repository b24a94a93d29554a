using ChainGraph.Domain.Model;

namespace ChainGraph.GraphSeed.Tests;

/// <summary>graph-seed/ imports cleanly and holds at least what its README promises.</summary>
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
    public async Task Holds_the_energy_storage_chain_with_its_root_six_categories_and_at_least_60_leaves()
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
        Assert.True(leaves.Count >= 60, $"only {leaves.Count} leaf segments in '{SeedFixture.ChainId}', expected at least 60");
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
    public async Task Holds_at_least_400_companies_600_sites_250_supplies_and_30_projects_some_of_them_dropped()
    {
        var stats = await seed.Store.GetStatsAsync();
        Assert.True(stats.Companies >= 400, $"only {stats.Companies} companies, expected at least 400");
        Assert.True(stats.Sites >= 600, $"only {stats.Sites} sites, expected at least 600");
        Assert.True(stats.Supplies >= 250, $"only {stats.Supplies} supplies, expected at least 250");
        Assert.True(stats.Projects >= 30, $"only {stats.Projects} projects, expected at least 30");
        Assert.Equal((stats.Companies, stats.Sites, stats.Supplies, stats.Projects), (seed.Companies.Count, seed.Sites.Count, seed.Supplies.Count, seed.Projects.Count));
        var dropped = seed.Projects.Count(p => p.Status == ProjectStatus.Dropped);
        Assert.True(dropped >= 2, $"only {dropped} DROPPED project(s): deals lost to other cities belong in the history");
    }

    [Fact]
    public void At_least_80_percent_of_the_leaves_have_six_companies_with_a_site_in_them()
    {
        var leaves = seed.LeavesOf(SeedFixture.ChainId);
        var thin = leaves
            .Select(l => (Leaf: l.Id, Companies: seed.Sites.Values.Where(s => s.SegmentIds.Contains(l.Id)).Select(s => s.CompanyId).Distinct(StringComparer.Ordinal).Count()))
            .Where(x => x.Companies < 6)
            .ToList();
        Assert.True(
            (leaves.Count - thin.Count) * 5 >= leaves.Count * 4,
            $"{thin.Count} of {leaves.Count} leaves have fewer than six companies with a site: {string.Join(", ", thin.Select(t => $"{t.Leaf} ({t.Companies})"))}");
    }

    [Fact]
    public void Every_listed_company_has_a_stock_code_unless_its_only_listing_has_no_code_of_the_contract_form()
    {
        // US (TSLA, NIU) and Tokyo (Panasonic, 6752.T) codes do not fit digits.XX; the README says so.
        string[] noContractCode = ["niu", "panasonic-energy", "tesla"];
        Expect.None(
            seed.Companies.Values.Where(c => (c.Tags & CompanyTags.Listed) != 0 && c.StockCode is null && !noContractCode.Contains(c.Id))
                .Select(c => $"{c.Id} {c.NameZh}").Order(StringComparer.Ordinal),
            "listed compan(ies) without a stock code");
        Expect.None(
            seed.Companies.Values.Where(c => c.StockCode is not null && (c.Tags & CompanyTags.Listed) == 0).Select(c => $"{c.Id} {c.StockCode}").Order(StringComparer.Ordinal),
            "compan(ies) with a stock code but no LISTED tag");
        Expect.None(
            seed.Companies.Values.Where(c => c.RevenueYuan is not null && string.IsNullOrWhiteSpace(c.Source)).Select(c => c.Id).Order(StringComparer.Ordinal),
            "compan(ies) with a revenue but no source saying where (and which year) it comes from");
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
