using System.Globalization;
using ChainGraph.Domain.Model;
using ChainGraph.Store.Neo4j.Client;
using ChainGraph.Domain.Text;

namespace ChainGraph.Store.Neo4j.Mapping;

/// <summary>Builds domain entities from result rows whose columns are named after the entity fields.</summary>
internal static class EntityReader
{
    public static Chain Chain(Neo4jRecord r) => new(r.RequiredString("id"), r.String("nameZh"), r.String("nameEn"));

    public static Region Region(Neo4jRecord r) => new(
        r.RequiredString("code"),
        r.RequiredString("nameZh"),
        r.String("nameEn"),
        Enum<RegionLevel>(r.RequiredString("level")),
        r.String("parentCode"),
        r.Double("lat"),
        r.Double("lon"));

    public static Segment Segment(Neo4jRecord r) => new(
        r.RequiredString("id"),
        r.RequiredString("chainId"),
        r.RequiredString("nameZh"),
        r.String("nameEn"),
        Enum<SegmentCategory>(r.RequiredString("category")),
        r.String("parentId"));

    public static Company Company(Neo4jRecord r) => new(
        r.RequiredString("id"),
        r.RequiredString("nameZh"),
        r.String("nameEn"),
        r.String("uscc"),
        Tags(r.Strings("tags")),
        r.String("parentId"),
        r.String("stockCode"),
        Year(r.OptionalInt64("founded")),
        r.OptionalInt64("employees"),
        Amount(r.String("revenueYuanExact")),
        r.String("website"),
        r.String("source"));

    /// <summary>A company from a map projection (<c>c {.id, .nameZh, ...}</c>); a key left out of the projection reads as no value.</summary>
    public static Company Company(IReadOnlyDictionary<string, object?> m) => new(
        (string)m["id"]!,
        (string)m["nameZh"]!,
        m.GetValueOrDefault("nameEn") as string,
        m.GetValueOrDefault("uscc") as string,
        Tags(m.GetValueOrDefault("tags") is IEnumerable<object?> tags ? tags.Select(t => t as string ?? "") : []),
        m.GetValueOrDefault("parentId") as string,
        m.GetValueOrDefault("stockCode") as string,
        Year(m.GetValueOrDefault("founded") as long?),
        m.GetValueOrDefault("employees") as long?,
        Amount(m.GetValueOrDefault("revenueYuanExact") as string),
        m.GetValueOrDefault("website") as string,
        m.GetValueOrDefault("source") as string);

    public static Site Site(Neo4jRecord r) => new(
        r.RequiredString("id"),
        r.RequiredString("companyId"),
        r.String("nameZh"),
        r.RequiredString("regionCode"),
        r.Double("lat"),
        r.Double("lon"),
        Enum<SiteKind>(r.RequiredString("kind")),
        r.Strings("segmentIds"),
        r.String("capacity"),
        r.OptionalDate("since"),
        r.String("source"));

    public static Supply Supply(Neo4jRecord r) => new(
        r.RequiredString("supplierId"),
        r.RequiredString("customerId"),
        r.String("segmentId"),
        r.String("source"),
        Confidence(r.String("confidence")));

    public static Project Project(Neo4jRecord r) => new(
        r.RequiredString("id"),
        r.RequiredString("nameZh"),
        r.String("companyId"),
        r.RequiredString("regionCode"),
        r.String("segmentId"),
        Amount(r.String("investmentYuanExact")),
        Enum<ProjectStatus>(r.RequiredString("status")),
        r.Date("statusDate"),
        r.String("source"));

    public static Anchor Anchor(Neo4jRecord r) => new(r.RequiredString("companyId"), r.RequiredString("chainId"), r.String("source"));

    public static RegionPriority RegionPriority(Neo4jRecord r) => new(r.RequiredString("regionCode"), r.RequiredString("segmentId"), r.String("source"));

    /// <summary>An exact amount kept as decimal text; none (not disclosed) stays null, which is not 0.</summary>
    public static decimal? Amount(string? exact) =>
        exact is null ? null : decimal.Parse(exact, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>A supply's confidence; a row written before contract version 2 has none and is REPORTED, the contract's default.</summary>
    public static SupplyConfidence Confidence(string? name) => name is null ? SupplyConfidence.Reported : Enum<SupplyConfidence>(name);

    public static CompanyTags Tags(IEnumerable<string> names)
    {
        var tags = CompanyTags.None;
        foreach (var name in names)
        {
            if (CompanyTags.TryParse(name, out var tag))
            {
                tags |= tag;
            }
        }
        return tags;
    }

    private static int? Year(long? year) => year is { } y ? checked((int)y) : null;

    public static TEnum Enum<TEnum>(string name)
        where TEnum : struct, Enum =>
        ContractNames.TryParse<TEnum>(name, out var value)
            ? value
            : throw new FormatException($"'{name}' is not a {typeof(TEnum).Name} value");
}
