using ChainGraph.Domain.Model;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>Input of <c>upsertCompany</c>.</summary>
public sealed class CompanyInput
{
    public string Id { get; set; } = "";
    public string NameZh { get; set; } = "";
    public string? NameEn { get; set; }
    public string? Uscc { get; set; }
    public List<CompanyTag>? Tags { get; set; }
    public string? ParentId { get; set; }

    public string? StockCode { get; set; }

    public int? Founded { get; set; }

    public long? Employees { get; set; }

    public double? RevenueYuan { get; set; }

    public string? Website { get; set; }

    public string? Source { get; set; }

    public Company ToCompany() => new(
        Id: Id.Trim(),
        NameZh: NameZh.Trim(),
        NameEn: InputText.Blank(NameEn),
        Uscc: InputText.Blank(Uscc),
        Tags: CompanyTags.Of(Tags ?? []),
        ParentId: InputText.Blank(ParentId),
        StockCode: InputText.Blank(StockCode),
        Founded: Founded,
        Employees: Employees,
        RevenueYuan: RevenueYuan is { } revenue ? (decimal)revenue : null,
        Website: InputText.Blank(Website),
        Source: InputText.Blank(Source));
}
