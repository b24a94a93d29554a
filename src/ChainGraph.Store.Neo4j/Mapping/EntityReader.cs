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
        r.String("parentId"));

    /// <summary>A company from a map projection (<c>c {.id, .nameZh, ...}</c>).</summary>
    public static Company Company(IReadOnlyDictionary<string, object?> m) => new(
        (string)m["id"]!,
        (string)m["nameZh"]!,
        m.GetValueOrDefault("nameEn") as string,
        m.GetValueOrDefault("uscc") as string,
        Tags(m.GetValueOrDefault("tags") is IEnumerable<object?> tags ? tags.Select(t => t as string ?? "") : []),
        m.GetValueOrDefault("parentId") as string);

    public static Site Site(Neo4jRecord r) => new(
        r.RequiredString("id"),
        r.RequiredString("companyId"),
        r.String("nameZh"),
        r.RequiredString("regionCode"),
        r.Double("lat"),
        r.Double("lon"),
        Enum<SiteKind>(r.RequiredString("kind")),
        r.Strings("segmentIds"));

    public static Supply Supply(Neo4jRecord r) => new(
        r.RequiredString("supplierId"),
        r.RequiredString("customerId"),
        r.String("segmentId"),
        r.String("source"));

    public static Project Project(Neo4jRecord r) => new(
        r.RequiredString("id"),
        r.RequiredString("nameZh"),
        r.String("companyId"),
        r.RequiredString("regionCode"),
        r.String("segmentId"),
        r.String("investmentYuanExact") is { } yuan ? decimal.Parse(yuan, NumberStyles.Number, CultureInfo.InvariantCulture) : 0m,
        Enum<ProjectStatus>(r.RequiredString("status")),
        r.Date("statusDate"),
        r.String("source"));

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

    public static TEnum Enum<TEnum>(string name)
        where TEnum : struct, Enum =>
        ContractNames.TryParse<TEnum>(name, out var value)
            ? value
            : throw new FormatException($"'{name}' is not a {typeof(TEnum).Name} value");
}
