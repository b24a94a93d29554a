namespace ChainGraph.Server.Mcp;

/// <summary>The descriptions of arguments that several tools share, written for a model choosing what to pass.</summary>
internal static class ArgumentText
{
    public const string RegionCode =
        "Region code (GB/T 2260), e.g. 441200 for 肇庆市 (Zhaoqing) or 441200-HTZ for a park in it. A Chinese or English name " +
        "that names exactly one region (肇庆, 肇庆市, Zhaoqing) is accepted too; use the search tool when unsure. " +
        "A region includes every region below it.";

    public const string ChainId =
        "Industrial chain id, e.g. energy-storage (新型储能). The chain's Chinese or English name is accepted too; " +
        "the chaingraph://chains resource and the search tool list chains.";

    public const string WeakBelow =
        "A segment with at least one but fewer than this many local companies is WEAK; none is MISSING; otherwise STRONG. 1 to 1000, default 2.";

    public const string CompanyId =
        "Company id, e.g. catl; a Chinese or English name that names exactly one company (宁德时代, CATL) is accepted too. " +
        "Use the search tool to find ids.";
}
