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

    public Company ToCompany() => new(
        Id: Id.Trim(),
        NameZh: NameZh.Trim(),
        NameEn: InputText.Blank(NameEn),
        Uscc: InputText.Blank(Uscc),
        Tags: CompanyTags.Of(Tags ?? []),
        ParentId: InputText.Blank(ParentId));
}
