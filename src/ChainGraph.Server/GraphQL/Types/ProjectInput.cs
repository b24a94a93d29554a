using ChainGraph.Domain.Model;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>Input of <c>upsertProject</c>; the status date stays text until it is validated.</summary>
public sealed class ProjectInput
{
    public string Id { get; set; } = "";
    public string NameZh { get; set; } = "";
    public string? CompanyId { get; set; }
    public string RegionCode { get; set; } = "";
    public string? SegmentId { get; set; }
    public double? InvestmentYuan { get; set; }
    public ProjectStatus Status { get; set; }
    public string StatusDate { get; set; } = "";
    public string? Source { get; set; }

    /// <summary>The project, with the status date already parsed by the caller (who reports a bad one).</summary>
    public Project ToProject(DateOnly statusDate) => new(
        Id: Id.Trim(),
        NameZh: NameZh.Trim(),
        CompanyId: InputText.Blank(CompanyId),
        RegionCode: RegionCode.Trim(),
        SegmentId: InputText.Blank(SegmentId),
        InvestmentYuan: InvestmentYuan is { } amount ? (decimal)amount : null,
        Status: Status,
        StatusDate: statusDate,
        Source: InputText.Blank(Source));
}
