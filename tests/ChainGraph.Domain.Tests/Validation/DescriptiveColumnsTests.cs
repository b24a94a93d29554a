using ChainGraph.Domain.Model;
using ChainGraph.Domain.Validation;
using static ChainGraph.Domain.Tests.Validation.Drafts;

namespace ChainGraph.Domain.Tests.Validation;

public sealed class DescriptiveColumnsTests
{
    [Fact]
    public void A_company_keeps_its_descriptive_columns()
    {
        var draft = One(
            DataSetSchema.Companies,
            2,
            ("id", "catl"), ("name_zh", "宁德时代"), ("stock_code", "300750.SZ"), ("founded", "2011"), ("employees", "131988"),
            ("revenue_yuan", "4009.17亿"), ("website", "https://www.catl.com"), ("source", "2023年年报"));
        Assert.Empty(draft.Problems);
        var company = draft.Companies[0].Value;
        Assert.Equal(("300750.SZ", 2011, 131988L, 400_917_000_000m, "https://www.catl.com", "2023年年报"),
            (company.StockCode, company.Founded, company.Employees, company.RevenueYuan, company.Website, company.Source));
    }

    [Fact]
    public void Without_descriptive_columns_nothing_is_known()
    {
        var company = Company("name_en", "X").Companies[0].Value;
        Assert.Equal((null, null, null, null, null, null), (company.StockCode, company.Founded, company.Employees, company.RevenueYuan, company.Website, company.Source));
    }

    [Theory]
    [InlineData("300750.SZ")]
    [InlineData("688567.SH")]
    [InlineData("9868.HK")]
    [InlineData("833523.BJ")]
    public void Stock_codes_are_digits_a_dot_and_a_market(string code) => Assert.Empty(Company("stock_code", code).Problems);

    [Theory]
    [InlineData("300750.sz")]
    [InlineData("300750")]
    [InlineData("SZ300750")]
    [InlineData("300750.SZA")]
    [InlineData("300750 .SZ")]
    [InlineData("NIO.US")]
    public void Other_stock_codes_are_named(string code) =>
        Assert.Equal(
            [$"companies.csv:2: stock_code '{code}' is not a stock code (digits, a dot and the market in two upper-case letters, such as 300750.SZ or 9868.HK)"],
            Problems(Company("stock_code", code)));

    [Fact]
    public void Founded_is_a_year_from_1800_to_this_year()
    {
        Assert.Empty(Company("founded", "1800").Problems);
        Assert.Empty(Company("founded", CompanyFacts.ThisYear.ToString(System.Globalization.CultureInfo.InvariantCulture)).Problems);
        var next = CompanyFacts.ThisYear + 1;
        Assert.Equal([$"companies.csv:2: founded 1799 is outside [1800, {CompanyFacts.ThisYear}]"], Problems(Company("founded", "1799")));
        Assert.Equal([$"companies.csv:2: founded {next} is outside [1800, {CompanyFacts.ThisYear}]"], Problems(Company("founded", $"{next}")));
    }

    [Theory]
    [InlineData("1998年")]
    [InlineData("1998.0")]
    [InlineData("+1998")]
    [InlineData("98-01-01")]
    public void Founded_must_be_written_as_digits(string value) =>
        Assert.Equal([$"companies.csv:2: founded '{value}' is not a year (digits, such as 1998)"], Problems(Company("founded", value)));

    [Theory]
    [InlineData("1,200", "employees '1,200' is not a whole number")]
    [InlineData("12.5", "employees '12.5' is not a whole number")]
    [InlineData("1.2万", "employees '1.2万' is not a whole number")]
    [InlineData("-3", "employees -3 is negative")]
    public void Employees_is_a_whole_number_not_below_zero(string value, string message) =>
        Assert.StartsWith($"companies.csv:2: {message}", Assert.Single(Problems(Company("employees", value))), StringComparison.Ordinal);

    [Fact]
    public void Zero_employees_is_a_value()
    {
        var draft = Company("employees", "0");
        Assert.Empty(draft.Problems);
        Assert.Equal(0L, draft.Companies[0].Value.Employees);
    }

    [Theory]
    [InlineData("https://www.catl.com")]
    [InlineData("http://www.fenghua-advanced.com/about?lang=zh")]
    [InlineData("HTTPS://WWW.EVE.COM")]
    public void Websites_are_http_or_https_urls(string url) => Assert.Empty(Company("website", url).Problems);

    [Theory]
    [InlineData("www.catl.com")]
    [InlineData("ftp://www.catl.com")]
    [InlineData("https://")]
    [InlineData("https://www.catl .com")]
    [InlineData("mailto:ir@catl.com")]
    public void Other_websites_are_named(string url) =>
        Assert.Equal([$"companies.csv:2: website '{url}' is not an http or https URL (such as https://www.catl.com)"], Problems(Company("website", url)));

    [Fact]
    public void The_same_rules_guard_a_company_that_does_not_come_from_a_file()
    {
        var draft = new DataSetDraft();
        var company = new Company("c1", "公司", null, null, CompanyTags.None, null, StockCode: "300750", Founded: 1700, Employees: -1, RevenueYuan: -2m, Website: "catl.com");
        draft.AddEntity(draft.Companies, company, "input", EntityRules.Check);
        Assert.Equal(["stock_code", "founded", "employees", "revenue_yuan", "website"], draft.Problems.Select(p => p.Field));
    }

    [Fact]
    public void A_site_keeps_capacity_since_and_source()
    {
        var draft = One(
            DataSetSchema.Sites,
            2,
            ("id", "s1"), ("company_id", "c1"), ("region_code", "R"), ("lat", "23"), ("lon", "112"), ("kind", "PLANT"), ("segment_ids", "seg"),
            ("capacity", "10万吨/年"), ("since", "2022-05-01"), ("source", "公司公告"));
        Assert.Empty(draft.Problems);
        var site = draft.Sites[0].Value;
        Assert.Equal(("10万吨/年", new DateOnly(2022, 5, 1), "公司公告"), (site.Capacity, site.Since, site.Source));
        Assert.Null(Site("name_zh", "厂").Sites[0].Value.Since);
    }

    [Theory]
    [InlineData("2022")]
    [InlineData("2022-02-30")]
    [InlineData("2022/05/01")]
    public void Since_is_an_iso_date(string value) =>
        Assert.Equal([$"sites.csv:2: since '{value}' is not a calendar date in yyyy-MM-dd form"], Problems(Site("since", value)));
}
