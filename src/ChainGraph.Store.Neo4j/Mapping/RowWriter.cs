using System.Globalization;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;

namespace ChainGraph.Store.Neo4j.Mapping;

/// <summary>
/// Turns entities into the <c>$rows</c> maps of the Upsert*.cypher statements: one key per property,
/// enumerations in their contract spelling (PLANT, HIGH_TECH, REPORTED), decimals and dates as strings, an
/// absent value as null (which removes the property).
/// </summary>
internal static class RowWriter
{
    public static Dictionary<string, object?> Chain(Chain c) => new()
    {
        ["id"] = c.Id,
        ["nameZh"] = c.NameZh,
        ["nameEn"] = c.NameEn,
    };

    public static Dictionary<string, object?> Region(Region r) => new()
    {
        ["code"] = r.Code,
        ["nameZh"] = r.NameZh,
        ["nameEn"] = r.NameEn,
        ["level"] = ContractNames.Of(r.Level),
        ["parentCode"] = r.ParentCode,
        ["lat"] = r.Lat,
        ["lon"] = r.Lon,
    };

    public static Dictionary<string, object?> Segment(Segment s) => new()
    {
        ["id"] = s.Id,
        ["chainId"] = s.ChainId,
        ["nameZh"] = s.NameZh,
        ["nameEn"] = s.NameEn,
        ["category"] = ContractNames.Of(s.Category),
        ["parentId"] = s.ParentId,
    };

    public static Dictionary<string, object?> Flow(SegmentFlow f) => new()
    {
        ["fromId"] = f.FromId,
        ["toId"] = f.ToId,
    };

    public static Dictionary<string, object?> Company(Company c) => new()
    {
        ["id"] = c.Id,
        ["nameZh"] = c.NameZh,
        ["nameEn"] = c.NameEn,
        ["uscc"] = c.Uscc,
        ["tags"] = c.Tags.ContractNames(),
        ["parentId"] = c.ParentId,
        ["stockCode"] = c.StockCode,
        ["founded"] = c.Founded is { } founded ? (long)founded : null,
        ["employees"] = c.Employees,
        ["revenueYuanExact"] = Exact(c.RevenueYuan),
        ["website"] = c.Website,
        ["source"] = c.Source,
    };

    public static Dictionary<string, object?> Site(Site s) => new()
    {
        ["id"] = s.Id,
        ["companyId"] = s.CompanyId,
        ["nameZh"] = s.NameZh,
        ["regionCode"] = s.RegionCode,
        ["lat"] = s.Lat,
        ["lon"] = s.Lon,
        ["kind"] = ContractNames.Of(s.Kind),
        ["segmentIds"] = s.SegmentIds.ToArray(),
        ["capacity"] = s.Capacity,
        ["since"] = s.Since is { } since ? IsoDate.Format(since) : null,
        ["source"] = s.Source,
    };

    public static Dictionary<string, object?> Supply(Supply s) => new()
    {
        ["supplierId"] = s.SupplierId,
        ["customerId"] = s.CustomerId,
        ["segmentId"] = s.SegmentId,
        ["confidence"] = ContractNames.Of(s.Confidence),
        ["source"] = s.Source,
    };

    public static Dictionary<string, object?> SupplyKey(SupplyKey k) => new()
    {
        ["supplierId"] = k.SupplierId,
        ["customerId"] = k.CustomerId,
        ["segmentId"] = k.SegmentId,
    };

    public static Dictionary<string, object?> Project(Project p) => new()
    {
        ["id"] = p.Id,
        ["nameZh"] = p.NameZh,
        ["companyId"] = p.CompanyId,
        ["regionCode"] = p.RegionCode,
        ["segmentId"] = p.SegmentId,
        ["investmentYuanExact"] = Exact(p.InvestmentYuan),
        ["status"] = ContractNames.Of(p.Status),
        ["statusDate"] = IsoDate.Format(p.StatusDate),
        ["source"] = p.Source,
    };

    public static Dictionary<string, object?> Anchor(Anchor a) => new()
    {
        ["companyId"] = a.CompanyId,
        ["chainId"] = a.ChainId,
        ["source"] = a.Source,
    };

    public static Dictionary<string, object?> AnchorKey(AnchorKey k) => new()
    {
        ["companyId"] = k.CompanyId,
        ["chainId"] = k.ChainId,
    };

    public static Dictionary<string, object?> RegionPriority(RegionPriority p) => new()
    {
        ["regionCode"] = p.RegionCode,
        ["segmentId"] = p.SegmentId,
        ["source"] = p.Source,
    };

    public static Dictionary<string, object?> RegionPriorityKey(RegionPriorityKey k) => new()
    {
        ["regionCode"] = k.RegionCode,
        ["segmentId"] = k.SegmentId,
    };

    /// <summary>An amount as the exact decimal text the store keeps; null when it is not disclosed (which is not 0).</summary>
    private static string? Exact(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture);
}
