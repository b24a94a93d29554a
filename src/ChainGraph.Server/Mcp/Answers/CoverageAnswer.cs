namespace ChainGraph.Server.Mcp.Answers;

/// <summary>The answer of <c>chainCoverage</c>: the region and chain asked (ids resolved), and one row per segment.</summary>
public sealed record CoverageAnswer(Named Region, Named Chain, int WeakBelow, IReadOnlyList<CoverageRow> Coverage);
