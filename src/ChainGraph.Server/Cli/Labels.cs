namespace ChainGraph.Server.Cli;

/// <summary>
/// The Chinese words for the contract's codes (the spellings the import accepts), for Chinese tables and exports;
/// <c>--json</c> keeps the codes.
/// </summary>
internal static class Labels
{
    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["STRONG"] = "强", ["WEAK"] = "弱", ["MISSING"] = "缺失",
        ["FILL"] = "补链", ["STRENGTHEN"] = "强链", ["EXTEND"] = "延链",
        ["UPSTREAM"] = "上游", ["DOWNSTREAM"] = "下游",
        ["LEAD"] = "线索", ["NEGOTIATING"] = "在谈", ["SIGNED"] = "签约", ["STARTED"] = "在建", ["COMPLETED"] = "竣工", ["PRODUCING"] = "投产", ["DROPPED"] = "终止",
        ["MATERIALS"] = "材料", ["CELLS"] = "电芯", ["COMPONENTS"] = "配件", ["EQUIPMENT"] = "装备", ["RECYCLING"] = "回收", ["APPLICATIONS"] = "应用", ["UNCLASSIFIED"] = "未分类",
        ["HQ"] = "总部", ["PLANT"] = "工厂", ["RND"] = "研发中心", ["BASE"] = "基地",
        ["COUNTRY"] = "国家", ["PROVINCE"] = "省", ["CITY"] = "市", ["DISTRICT"] = "区县", ["PARK"] = "园区",
        ["ANCHOR"] = "链主", ["HIGH_TECH"] = "高新技术企业", ["SRDI"] = "专精特新", ["LISTED"] = "上市",
        ["VERIFIED"] = "已核实", ["REPORTED"] = "报道", ["UNVERIFIED"] = "未核实",
    };

    /// <summary>The Chinese word for a code (the code itself when there is none).</summary>
    public static string Zh(string code) => Chinese.GetValueOrDefault(code, code);

    /// <summary>A code in the output language: Chinese unless English was asked for.</summary>
    public static string Of(string code, bool english) => english ? code : Zh(code);

    /// <summary>A <c>;</c>-list of codes in Chinese, e.g. tags.</summary>
    public static string ZhList(string codes) => string.Join(';', codes.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Zh));
}
