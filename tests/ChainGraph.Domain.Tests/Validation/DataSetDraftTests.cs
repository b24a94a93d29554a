using ChainGraph.Domain.Model;
using ChainGraph.Domain.Validation;
using static ChainGraph.Domain.Tests.Validation.Drafts;

namespace ChainGraph.Domain.Tests.Validation;

public sealed class DataSetDraftTests
{
    [Fact]
    public void Cells_are_parsed_into_typed_values_with_lenient_enumerations_and_lists()
    {
        var draft = new DataSetDraft();
        draft.AddRow(DataSetSchema.Sites, Row(2, ("id", "s1"), ("company_id", "c1"), ("region_code", "R"), ("lat", "+23.5"), ("lon", "-112"), ("kind", "plant"), ("segment_ids", "a; b;;a ")));
        draft.AddRow(DataSetSchema.Companies, Row(2, ("id", "c1"), ("name_zh", "公司"), ("tags", "high_tech;Anchor;HIGH_TECH")));
        Assert.Empty(draft.Problems);
        var site = draft.Sites[0].Value;
        Assert.Equal((23.5, -112.0, SiteKind.Plant), (site.Lat, site.Lon, site.Kind));
        Assert.Equal(["a", "b"], site.SegmentIds);
        Assert.Equal(CompanyTags.HighTech | CompanyTags.Anchor, draft.Companies[0].Value.Tags);
    }

    [Theory]
    [InlineData("1,000", "investment_yuan '1,000' is not a number")]
    [InlineData("1e9", "investment_yuan '1e9' is not a number")]
    [InlineData("12.", "investment_yuan '12.' is not a number")]
    [InlineData("-5", "investment_yuan -5 is negative")]
    [InlineData("-5万", "investment_yuan -5万 is negative")]
    [InlineData("1.5 万", "investment_yuan '1.5 万' is not a number")]
    [InlineData("120亿美元", "investment_yuan '120亿美元' is not a number")]
    public void Bad_numbers_are_reported(string value, string message)
    {
        var draft = new DataSetDraft();
        draft.AddRow(DataSetSchema.Projects, Row(4, ("id", "p"), ("name_zh", "项目"), ("region_code", "R"), ("investment_yuan", value), ("status", "LEAD"), ("status_date", "2023-01-01")));
        Assert.StartsWith($"projects.csv:4: {message}", Assert.Single(Problems(draft)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2023-2-1")]
    [InlineData("2023/02/01")]
    public void Dates_must_be_real_iso_dates(string value)
    {
        var draft = new DataSetDraft();
        draft.AddRow(DataSetSchema.Projects, Row(2, ("id", "p"), ("name_zh", "项目"), ("region_code", "R"), ("status", "LEAD"), ("status_date", value)));
        Assert.Equal([$"projects.csv:2: status_date '{value}' is not a calendar date in yyyy-MM-dd form"], Problems(draft));
    }

    [Fact]
    public void Every_problem_of_a_row_is_reported_once()
    {
        var draft = new DataSetDraft();
        draft.AddRow(DataSetSchema.Regions, Row(3, ("code", "R"), ("level", "TOWN"), ("lat", "95"), ("lon", "abc")));
        Assert.Equal(
            [
                "regions.csv:3: level 'TOWN' is not one of COUNTRY, PROVINCE, CITY, DISTRICT, PARK",
                "regions.csv:3: lon 'abc' is not a number (digits with an optional sign and '.' decimals)",
                "regions.csv:3: name_zh is required",
                "regions.csv:3: lat 95 is outside [-90, 90]",
            ],
            Problems(draft));
    }

    [Fact]
    public void A_site_needs_a_segment_and_unknown_tags_are_named()
    {
        var draft = new DataSetDraft();
        draft.AddRow(DataSetSchema.Sites, Row(2, ("id", "s1"), ("company_id", "c1"), ("region_code", "R"), ("lat", "1"), ("lon", "1"), ("kind", "HQ"), ("segment_ids", " ; ")));
        draft.AddRow(DataSetSchema.Companies, Row(5, ("id", "c1"), ("name_zh", "公司"), ("tags", "ANCHOR;GIANT")));
        Assert.Equal(
            [
                "sites.csv:2: a site needs at least one segment in segment_ids",
                "companies.csv:5: tag 'GIANT' is not one of ANCHOR, HIGH_TECH, SRDI, LISTED",
            ],
            Problems(draft));
    }

    [Fact]
    public void Unknown_and_repeated_columns_are_reported_on_the_header_line()
    {
        var draft = new DataSetDraft();
        draft.AddHeader(DataSetSchema.Chains, ["id", "name_zh", "colour", "id"]);
        Assert.Equal(
            [
                "chains.csv:1: unknown column 'colour' (expected: id, name_zh, name_en)",
                "chains.csv:1: column 'id' appears twice",
            ],
            Problems(draft));
    }

    [Fact]
    public async Task Duplicates_dangling_references_and_cycles_are_reported_per_row()
    {
        var draft = new DataSetDraft();
        draft.AddRow(DataSetSchema.Companies, Row(2, ("id", "a"), ("name_zh", "甲"), ("parent_id", "b")));
        draft.AddRow(DataSetSchema.Companies, Row(3, ("id", "b"), ("name_zh", "乙"), ("parent_id", "a")));
        draft.AddRow(DataSetSchema.Companies, Row(4, ("id", "a"), ("name_zh", "甲二")));
        draft.AddRow(DataSetSchema.Companies, Row(5, ("id", "c"), ("name_zh", "丙"), ("parent_id", "ghost")));
        // a reference to an invalid row (d has no name) does not make the referring row invalid
        draft.AddRow(DataSetSchema.Companies, Row(6, ("id", "d")));
        draft.AddRow(DataSetSchema.Supplies, Row(2, ("supplier_id", "d"), ("customer_id", "c")));
        draft.AddRow(DataSetSchema.Supplies, Row(3, ("supplier_id", "d"), ("customer_id", "c"), ("segment_id", "s")));
        draft.AddRow(DataSetSchema.Supplies, Row(4, ("supplier_id", "d"), ("customer_id", "c")));
        await DataSetValidator.ValidateAsync(draft, new KnownKeys(), replaceAll: false);
        Assert.Equal(
            [
                "companies.csv:6: name_zh is required",
                "companies.csv:4: duplicate key 'a' (first at line 2)",
                "supplies.csv:4: duplicate key 'd->c' (first at line 2)",
                "companies.csv:5: parent_id refers to company 'ghost', which is neither in the data set nor in the store",
                "supplies.csv:3: segment_id refers to segment 's', which is neither in the data set nor in the store",
                "companies.csv:2: parent_id forms a cycle: a -> b -> a",
                "companies.csv:3: parent_id forms a cycle: b -> a -> b",
            ],
            Problems(draft));
    }

    [Fact]
    public void Sites_naming_the_same_segments_share_one_list_and_a_problem_stays_with_its_row()
    {
        var draft = new DataSetDraft();
        (string, string)[] Site(string id, string segments, string lat) =>
            [("id", id), ("company_id", "c1"), ("region_code", "R"), ("lat", lat), ("lon", "112"), ("kind", "PLANT"), ("segment_ids", segments)];
        draft.AddRow(DataSetSchema.Sites, Row(2, Site("s1", "a;b", "23")));
        draft.AddRow(DataSetSchema.Sites, Row(3, Site("s2", "b", "north")));
        draft.AddRow(DataSetSchema.Sites, Row(4, Site("s3", "a;b", "24")));

        var sites = draft.Sites.Select(s => s.Value).ToArray();
        Assert.Same(sites[0].SegmentIds, sites[2].SegmentIds);
        Assert.Equal(["a", "b"], sites[0].SegmentIds);
        Assert.Equal(["b"], sites[1].SegmentIds);
        // the rows are parsed by one reader: the second row's problem is reported for it alone
        Assert.Equal(["sites.csv:3: lat 'north' is not a number (digits with an optional sign and '.' decimals)"], Problems(draft));
        Assert.Equal([false, true, false], draft.Sites.Select(draft.IsBad).ToArray());
    }
}
