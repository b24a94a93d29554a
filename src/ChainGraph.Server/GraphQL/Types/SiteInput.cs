using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>Input of <c>upsertSite</c>.</summary>
public sealed class SiteInput
{
    public string Id { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string? NameZh { get; set; }
    public string RegionCode { get; set; } = "";
    public double Lat { get; set; }
    public double Lon { get; set; }
    public SiteKind Kind { get; set; }
    public List<string> SegmentIds { get; set; } = [];

    public Site ToSite() => new(
        Id.Trim(),
        CompanyId.Trim(),
        InputText.Blank(NameZh),
        RegionCode.Trim(),
        Lat,
        Lon,
        Kind,
        TextList.Split(string.Join(';', SegmentIds)));
}
