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

    public string? Capacity { get; set; }

    /// <summary>Stays text until it is validated (yyyy-MM-dd).</summary>
    public string? Since { get; set; }

    public string? Source { get; set; }

    /// <summary>The site, with <see cref="Since"/> already parsed by the caller (who reports a bad one).</summary>
    public Site ToSite(DateOnly? since) => new(
        Id: Id.Trim(),
        CompanyId: CompanyId.Trim(),
        NameZh: InputText.Blank(NameZh),
        RegionCode: RegionCode.Trim(),
        Lat: Lat,
        Lon: Lon,
        Kind: Kind,
        SegmentIds: TextList.Split(string.Join(';', SegmentIds)),
        Capacity: InputText.Blank(Capacity),
        Since: since,
        Source: InputText.Blank(Source));
}
