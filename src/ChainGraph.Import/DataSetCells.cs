using System.Globalization;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;

namespace ChainGraph.Import;

/// <summary>
/// The cells of a data set row for each entity, by column name, as the import reads them back: enumerations
/// by their contract names, numbers with '.' and no exponent, dates in ISO form, lists joined with ';', and
/// null for no value (an undisclosed investment stays empty, a supply's confidence is always written).
/// </summary>
public static class DataSetCells
{
    public static IReadOnlyDictionary<string, string?> Of(Chain chain) => new Dictionary<string, string?>
    {
        ["id"] = chain.Id, ["name_zh"] = chain.NameZh, ["name_en"] = chain.NameEn,
    };

    public static IReadOnlyDictionary<string, string?> Of(Region region) => new Dictionary<string, string?>
    {
        ["code"] = region.Code, ["name_zh"] = region.NameZh, ["name_en"] = region.NameEn, ["level"] = ContractNames.Of(region.Level),
        ["parent_code"] = region.ParentCode, ["lat"] = Number(region.Lat), ["lon"] = Number(region.Lon),
    };

    public static IReadOnlyDictionary<string, string?> Of(Segment segment) => new Dictionary<string, string?>
    {
        ["id"] = segment.Id, ["chain_id"] = segment.ChainId, ["name_zh"] = segment.NameZh, ["name_en"] = segment.NameEn,
        ["category"] = ContractNames.Of(segment.Category), ["parent_id"] = segment.ParentId,
    };

    public static IReadOnlyDictionary<string, string?> Of(SegmentFlow flow) => new Dictionary<string, string?>
    {
        ["from_id"] = flow.FromId, ["to_id"] = flow.ToId,
    };

    public static IReadOnlyDictionary<string, string?> Of(Company company) => new Dictionary<string, string?>
    {
        ["id"] = company.Id, ["name_zh"] = company.NameZh, ["name_en"] = company.NameEn, ["uscc"] = company.Uscc,
        ["tags"] = company.Tags == CompanyTags.None ? null : TextList.Join(company.Tags.ContractNames()), ["parent_id"] = company.ParentId,
        ["stock_code"] = company.StockCode, ["founded"] = Number(company.Founded), ["employees"] = Number(company.Employees),
        ["revenue_yuan"] = Number(company.RevenueYuan), ["website"] = company.Website, ["source"] = company.Source,
    };

    public static IReadOnlyDictionary<string, string?> Of(Anchor anchor) => new Dictionary<string, string?>
    {
        ["company_id"] = anchor.CompanyId, ["chain_id"] = anchor.ChainId, ["source"] = anchor.Source,
    };

    public static IReadOnlyDictionary<string, string?> Of(Site site) => new Dictionary<string, string?>
    {
        ["id"] = site.Id, ["company_id"] = site.CompanyId, ["name_zh"] = site.NameZh, ["region_code"] = site.RegionCode,
        ["lat"] = Number(site.Lat), ["lon"] = Number(site.Lon), ["kind"] = ContractNames.Of(site.Kind), ["segment_ids"] = TextList.Join(site.SegmentIds),
        ["capacity"] = site.Capacity, ["since"] = site.Since is { } since ? IsoDate.Format(since) : null, ["source"] = site.Source,
    };

    public static IReadOnlyDictionary<string, string?> Of(Supply supply) => new Dictionary<string, string?>
    {
        ["supplier_id"] = supply.SupplierId, ["customer_id"] = supply.CustomerId, ["segment_id"] = supply.SegmentId,
        ["confidence"] = ContractNames.Of(supply.Confidence), ["source"] = supply.Source,
    };

    public static IReadOnlyDictionary<string, string?> Of(Project project) => new Dictionary<string, string?>
    {
        ["id"] = project.Id, ["name_zh"] = project.NameZh, ["company_id"] = project.CompanyId, ["region_code"] = project.RegionCode,
        ["segment_id"] = project.SegmentId, ["investment_yuan"] = Number(project.InvestmentYuan), ["status"] = ContractNames.Of(project.Status),
        ["status_date"] = IsoDate.Format(project.StatusDate), ["source"] = project.Source,
    };

    public static IReadOnlyDictionary<string, string?> Of(RegionPriority priority) => new Dictionary<string, string?>
    {
        ["region_code"] = priority.RegionCode, ["segment_id"] = priority.SegmentId, ["source"] = priority.Source,
    };

    /// <summary>A coordinate as the format writes it: the shortest text that reads back as the same value, never with an exponent.</summary>
    public static string Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('E', StringComparison.Ordinal) ? ((decimal)value).ToString(CultureInfo.InvariantCulture) : text;
    }

    private static string? Number<T>(T? value)
        where T : struct, IFormattable => value?.ToString(null, CultureInfo.InvariantCulture);
}
