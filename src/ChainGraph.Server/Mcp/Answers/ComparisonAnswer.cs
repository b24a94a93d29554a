namespace ChainGraph.Server.Mcp.Answers;

/// <summary>The answer of <c>compareRegions</c>: the chain and regions (ids resolved, in the order asked) and one row per segment.</summary>
public sealed record ComparisonAnswer(Named Chain, IReadOnlyList<Named> Regions, int WeakBelow, IReadOnlyList<ComparisonRow> Rows);
