using ChainGraph.Domain.Validation;
using static ChainGraph.Domain.Tests.Validation.Drafts;

namespace ChainGraph.Domain.Tests.Validation;

public sealed class MissingColumnTests
{
    [Fact]
    public void A_required_column_absent_from_the_header_is_one_problem_on_line_1()
    {
        var draft = new DataSetDraft();
        draft.AddHeader(DataSetSchema.Companies, ["id", "name_en"]);
        draft.AddRow(DataSetSchema.Companies, Row(2, ("id", "a"), ("name_en", "A")));
        draft.AddRow(DataSetSchema.Companies, Row(3, ("id", "b"), ("name_en", "B")));
        draft.AddRow(DataSetSchema.Companies, Row(4, ("id", "c"), ("name_en", "C")));
        Assert.Equal(["companies.csv:1: missing column name_zh"], Problems(draft));
    }

    [Fact]
    public void Each_missing_column_is_named_and_other_problems_of_the_rows_are_still_reported()
    {
        var draft = new DataSetDraft();
        draft.AddHeader(DataSetSchema.Sites, ["id", "company_id", "region_code", "lat", "lon"]);
        draft.AddRow(DataSetSchema.Sites, Row(2, ("id", "s1"), ("company_id", "c1"), ("region_code", "R"), ("lat", "91"), ("lon", "112")));
        draft.AddRow(DataSetSchema.Sites, Row(3, ("id", "s2"), ("company_id", "c1"), ("region_code", "R"), ("lat", "23"), ("lon", "112")));
        Assert.Equal(
            [
                "sites.csv:1: missing column kind",
                "sites.csv:1: missing column segment_ids",
                "sites.csv:2: lat 91 is outside [-90, 90]",
            ],
            Problems(draft));
    }

    [Fact]
    public void A_missing_key_column_is_reported_once_too()
    {
        var draft = new DataSetDraft();
        draft.AddHeader(DataSetSchema.Anchors, ["company_id", "source"]);
        draft.AddRow(DataSetSchema.Anchors, Row(2, ("company_id", "catl")));
        draft.AddRow(DataSetSchema.Anchors, Row(3, ("company_id", "eve")));
        Assert.Equal(["anchors.csv:1: missing column chain_id"], Problems(draft));
    }

    [Fact]
    public void A_misspelt_column_is_unknown_and_the_one_it_stands_for_is_missing()
    {
        var draft = new DataSetDraft();
        draft.AddHeader(DataSetSchema.Chains, ["id", "name-zh"]);
        draft.AddRow(DataSetSchema.Chains, Row(2, ("id", "es")));
        Assert.Equal(["chains.csv:1: unknown column 'name-zh' (expected: id, name_zh, name_en)"], Problems(draft));

        var projects = new DataSetDraft();
        projects.AddHeader(DataSetSchema.Projects, ["id", "name_zh", "region_code", "status", "statusdate"]);
        projects.AddRow(DataSetSchema.Projects, Row(2, ("id", "p"), ("name_zh", "项目"), ("region_code", "R"), ("status", "LEAD")));
        Assert.Equal(
            [
                "projects.csv:1: unknown column 'statusdate' (expected: id, name_zh, company_id, region_code, segment_id, investment_yuan, status, status_date, source)",
                "projects.csv:1: missing column status_date",
            ],
            Problems(projects));
    }

    [Fact]
    public void Optional_columns_may_be_left_out()
    {
        var draft = new DataSetDraft();
        draft.AddHeader(DataSetSchema.Supplies, ["supplier_id", "customer_id"]);
        draft.AddRow(DataSetSchema.Supplies, Row(2, ("supplier_id", "a"), ("customer_id", "b")));
        Assert.Empty(draft.Problems);
    }

    [Fact]
    public void A_file_without_rows_misses_no_value()
    {
        // Version 1 accepted such a file, and it still holds nothing.
        var draft = new DataSetDraft();
        draft.AddHeader(DataSetSchema.Regions, ["code", "name_zh"]);
        Assert.Empty(draft.Problems);
    }

    [Fact]
    public void An_empty_required_cell_is_still_reported_per_row_when_the_column_is_there()
    {
        var draft = new DataSetDraft();
        draft.AddHeader(DataSetSchema.Companies, ["id", "name_zh"]);
        draft.AddRow(DataSetSchema.Companies, Row(2, ("id", "a")));
        draft.AddRow(DataSetSchema.Companies, Row(3, ("id", "b")));
        Assert.Equal(["companies.csv:2: name_zh is required", "companies.csv:3: name_zh is required"], Problems(draft));
    }
}
