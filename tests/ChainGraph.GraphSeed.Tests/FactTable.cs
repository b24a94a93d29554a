namespace ChainGraph.GraphSeed.Tests;

/// <summary>
/// What graph-seed/FACTS.md and the 南方日报 article of 2023-07-14 state, written
/// out by hand so the seed is checked against the sources, not against itself.
/// </summary>
internal static class FactTable
{
    /// <summary>Every company of the fact table: short name and the GB/T 2260 code of its head-office city.</summary>
    public static readonly IReadOnlyList<(string Name, string HqCity)> Companies =
    [
        ("宁德时代", "350900"), ("比亚迪", "440300"), ("亿纬锂能", "441300"), ("欣旺达", "440300"),
        ("国轩高科", "340100"), ("中创新航", "320400"), ("海辰储能", "350200"), ("鹏辉能源", "440100"),
        ("德方纳米", "440300"), ("湖南裕能", "430300"), ("容百科技", "330200"), ("当升科技", "110000"),
        ("中伟股份", "520600"), ("华友钴业", "330400"), ("贝特瑞", "440300"), ("璞泰来", "310000"),
        ("杉杉股份", "330200"), ("尚太科技", "140700"), ("恩捷股份", "530400"), ("星源材质", "440300"),
        ("天赐材料", "440100"), ("新宙邦", "440300"), ("多氟多", "410800"), ("赣锋锂业", "360500"),
        ("天齐锂业", "510100"), ("嘉元科技", "441400"), ("诺德股份", "220100"), ("鼎胜新材", "321100"),
        ("科达利", "440300"), ("震裕科技", "330200"), ("先导智能", "320200"), ("赢合科技", "440300"),
        ("杭可科技", "330100"), ("利元亨", "441300"), ("吉阳智能", "440300"), ("阳光电源", "340100"),
        ("英维克", "440300"), ("格林美", "440300"), ("理士国际", "440300"), ("风华高科", "441200"),
        ("奥士康", "430900"), ("小鹏汽车", "440100"),
    ];

    /// <summary>Supply ties the fact table marks ✓: supplier short name, customer short name.</summary>
    public static readonly IReadOnlyList<(string Supplier, string Customer)> ConfirmedTies =
    [
        ("德方纳米", "宁德时代"), ("湖南裕能", "宁德时代"), ("璞泰来", "宁德时代"), ("恩捷股份", "宁德时代"),
        ("天赐材料", "宁德时代"), ("嘉元科技", "宁德时代"), ("科达利", "宁德时代"), ("震裕科技", "宁德时代"),
        ("先导智能", "宁德时代"), ("宁德时代", "小鹏汽车"), ("中创新航", "小鹏汽车"),
    ];

    /// <summary>
    /// Firms the article places in 肇庆 (most in 肇庆高新区), which the seed gives a 肇庆 site. The article also
    /// names 国能(肇庆)热电 and 肇庆大旺电力热力; they sell steam and power, not a link of the chain, and are left out.
    /// </summary>
    public static readonly IReadOnlyList<string> ZhaoqingFirms =
    [
        "瑞庆时代", "小鹏汽车", "风华高科", "奥士康", "震裕科技", "吉阳智能", "百汇达", "迈科成", "理士电源",
    ];

    /// <summary>The goals the article gives 肇庆 for the storage chain, and the leaf segments each maps to.</summary>
    public static readonly IReadOnlyList<(string Goal, string[] Segments)> ZhaoqingGoals =
    [
        ("储能电芯", ["es-ess-cells"]),
        ("储能系统集成", ["es-ess-integration"]),
        ("锂电隔膜", ["es-wet-separator", "es-dry-separator", "es-separator-coating"]),
        ("储能控制产品", ["es-bms", "es-pcs", "es-ems"]),
    ];

    /// <summary>The article's 10-亿元-plus manufacturing projects of 2023 (by the name the seed gives them).</summary>
    public static readonly IReadOnlyList<string> BillionProjects = ["台铃", "金晟", "中澳", "通威"];
}
