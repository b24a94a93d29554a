using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;

namespace ChainGraph.Domain.Validation;

/// <summary>Builds entities from a row's cells. Problems with values are collected by the reader.</summary>
internal static class RowParser
{
    public static Chain Chain(CellReader c) => new(c.Text("id") ?? "", c.Text("name_zh"), c.Text("name_en"));

    public static Region Region(CellReader c) => new(
        c.Text("code") ?? "",
        c.Text("name_zh") ?? "",
        c.Text("name_en"),
        c.Enum<RegionLevel>("level"),
        c.Text("parent_code"),
        c.Double("lat"),
        c.Double("lon"));

    public static Segment Segment(CellReader c) => new(
        c.Text("id") ?? "",
        c.Text("chain_id") ?? "",
        c.Text("name_zh") ?? "",
        c.Text("name_en"),
        c.Enum<SegmentCategory>("category"),
        c.Text("parent_id"));

    public static SegmentFlow Flow(CellReader c) => new(c.Text("from_id") ?? "", c.Text("to_id") ?? "");

    public static Company Company(CellReader c)
    {
        var tags = CompanyTags.None;
        foreach (var item in c.List("tags"))
        {
            if (CompanyTags.TryParse(item, out var tag))
            {
                tags |= tag;
            }
            else if (ChineseSpellings.TryParse<CompanyTag>(item, out var spelt))
            {
                tags |= CompanyTags.Of([spelt]);
            }
            else
            {
                c.Flag("tags", $"tag {Shown.Quote(item)} is not one of {string.Join(", ", ContractNames.All<CompanyTag>())}");
            }
        }
        return new Company(
            c.Text("id") ?? "",
            c.Text("name_zh") ?? "",
            c.Text("name_en"),
            c.Text("uscc"),
            tags,
            c.Text("parent_id"),
            c.Text("stock_code"),
            c.Year("founded"),
            c.WholeNumber("employees"),
            c.Amount("revenue_yuan"),
            c.Text("website"),
            c.Text("source"));
    }

    public static Anchor Anchor(CellReader c) => new(c.Text("company_id") ?? "", c.Text("chain_id") ?? "", c.Text("source"));

    public static Site Site(CellReader c) => new(
        c.Text("id") ?? "",
        c.Text("company_id") ?? "",
        c.Text("name_zh"),
        c.Text("region_code") ?? "",
        c.Double("lat"),
        c.Double("lon"),
        c.Enum<SiteKind>("kind"),
        c.List("segment_ids"),
        c.Text("capacity"),
        c.OptionalDate("since"),
        c.Text("source"));

    /// <summary>A supply without a confidence is REPORTED.</summary>
    public static Supply Supply(CellReader c) => new(
        c.Text("supplier_id") ?? "",
        c.Text("customer_id") ?? "",
        c.Text("segment_id"),
        c.Text("source"),
        c.EnumOr("confidence", SupplyConfidence.Reported));

    /// <summary>An empty investment_yuan is not disclosed (null), not 0.</summary>
    public static Project Project(CellReader c) => new(
        c.Text("id") ?? "",
        c.Text("name_zh") ?? "",
        c.Text("company_id"),
        c.Text("region_code") ?? "",
        c.Text("segment_id"),
        c.Amount("investment_yuan"),
        c.Enum<ProjectStatus>("status"),
        c.Date("status_date"),
        c.Text("source"));

    public static RegionPriority RegionPriority(CellReader c) => new(c.Text("region_code") ?? "", c.Text("segment_id") ?? "", c.Text("source"));
}
