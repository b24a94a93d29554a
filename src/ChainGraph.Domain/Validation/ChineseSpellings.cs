using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Validation;

/// <summary>
/// The Chinese spellings of enumeration values that planners' own ledgers use (import format version 2).
/// A cell holds exactly one spelling; what is stored is the enumeration value it stands for.
/// </summary>
public static class ChineseSpellings
{
    private static readonly (string Spelling, Enum Value)[] Table =
    [
        ("线索", ProjectStatus.Lead),
        ("在谈", ProjectStatus.Negotiating),
        ("签约", ProjectStatus.Signed),
        ("已签约", ProjectStatus.Signed),
        ("开工", ProjectStatus.Started),
        ("在建", ProjectStatus.Started),
        ("竣工", ProjectStatus.Completed),
        ("投产", ProjectStatus.Producing),
        ("终止", ProjectStatus.Dropped),
        ("放弃", ProjectStatus.Dropped),
        ("总部", SiteKind.Hq),
        ("工厂", SiteKind.Plant),
        ("生产基地", SiteKind.Plant),
        ("研发", SiteKind.Rnd),
        ("研发中心", SiteKind.Rnd),
        ("基地", SiteKind.Base),
        ("材料", SegmentCategory.Materials),
        ("电芯", SegmentCategory.Cells),
        ("配件", SegmentCategory.Components),
        ("零部件", SegmentCategory.Components),
        ("装备", SegmentCategory.Equipment),
        ("回收", SegmentCategory.Recycling),
        ("应用", SegmentCategory.Applications),
        ("国家", RegionLevel.Country),
        ("省", RegionLevel.Province),
        ("市", RegionLevel.City),
        ("区县", RegionLevel.District),
        ("园区", RegionLevel.Park),
        ("链主", CompanyTag.Anchor),
        ("高新技术企业", CompanyTag.HighTech),
        ("专精特新", CompanyTag.Srdi),
        ("上市", CompanyTag.Listed),
        ("已核实", SupplyConfidence.Verified),
        ("报道", SupplyConfidence.Reported),
        ("未核实", SupplyConfidence.Unverified),
    ];

    /// <summary>The value a Chinese spelling stands for; false when <paramref name="text"/> is not one of them.</summary>
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.Values.TryGetValue(text.Trim(), out value);

    /// <summary>The spellings of one enumeration, in the order of the format (for documentation and messages).</summary>
    public static IReadOnlyList<KeyValuePair<string, TEnum>> All<TEnum>()
        where TEnum : struct, Enum => Cache<TEnum>.Ordered;

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<KeyValuePair<string, TEnum>> Ordered =
            Table.Where(t => t.Value is TEnum).Select(t => new KeyValuePair<string, TEnum>(t.Spelling, (TEnum)t.Value)).ToArray();

        public static readonly Dictionary<string, TEnum> Values = new(Ordered, StringComparer.Ordinal);
    }
}
