namespace ChainGraph.Server.Mcp.Answers;

/// <summary>The answer of <c>chainGaps</c>: the region and chain asked (ids resolved), and the gaps in order.</summary>
public sealed record GapsAnswer(Named Region, Named Chain, int WeakBelow, IReadOnlyList<GapRow> Gaps);
