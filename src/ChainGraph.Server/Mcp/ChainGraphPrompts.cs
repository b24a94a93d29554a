using System.ComponentModel;
using ModelContextProtocol.Server;

namespace ChainGraph.Server.Mcp;

/// <summary>Ready-made requests that walk an agent through the tools in the order a planner would.</summary>
[McpServerPromptType]
public sealed class ChainGraphPrompts
{
    [McpServerPrompt(Name = "gapAnalysis", Title = "补链招商分析: gaps and whom to recruit")]
    [Description("Analyse a region's gaps in a chain and build a short target list for the most pressing ones.")]
    public static string GapAnalysis(
        [Description("The region, by name or code, e.g. 肇庆 or 441200.")] string region,
        [Description("The chain, by name or id; default energy-storage (新型储能).")] string chain = "energy-storage",
        [Description("How many gaps to follow up, 1 to 5; default 3.")] int gaps = 3) =>
        $"""
        You are helping an investment-promotion planner (招商规划) in {region} with the {chain} chain. Use the ChainGraph tools:
        1. Call search for "{region}" (and for "{chain}" if it is not an id) to get the region code and chain id.
        2. Call chainGaps with them. Gaps come in the order a planner weighs them: FILL (补链) first, uncommitted and declared
           priorities first. Skip committed gaps (a signed or started project already fills them) unless nothing else is left.
        3. For the first {Math.Clamp(gaps, 1, 5)} gaps, call recruitTargets with the gap's segment id (first 5) and read each
           target's anchor ties, credentials and distance.
        4. Call simulateRecruitment with the best one or two targets to show which gaps they would close.
        5. Answer in Chinese with a short table per gap: target, why (which local anchor it supplies, credentials, distance),
           and what landing it would change. Name companies and segments by their Chinese names, with ids in brackets.
        Say where the data set is silent rather than guessing.
        """;

    [McpServerPrompt(Name = "compareWithNeighbours", Title = "区域对比: a region against its neighbours")]
    [Description("Compare a region with its neighbours over a chain and say where it is specialised or behind.")]
    public static string CompareWithNeighbours(
        [Description("The region, by name or code, e.g. 肇庆.")] string region,
        [Description("Up to nine other regions, by name or code, separated by commas, e.g. 佛山, 惠州.")] string neighbours,
        [Description("The chain, by name or id; default energy-storage.")] string chain = "energy-storage") =>
        $"""
        Compare {region} with {neighbours} over the {chain} chain using the ChainGraph tools:
        1. Call search for each region (and the chain if needed) to get codes and the chain id.
        2. Call compareRegions with {region}'s code first, then the others.
        3. Report, in Chinese, the segments where {region} has a location quotient above 1 (specialised), and the segments that
           are MISSING or WEAK in {region} but STRONG in a neighbour (where to look for recruits nearby).
        4. For one or two of those, call recruitTargets for {region} to name candidates.
        """;
}
