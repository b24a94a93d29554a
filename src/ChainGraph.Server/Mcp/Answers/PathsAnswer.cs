namespace ChainGraph.Server.Mcp.Answers;

/// <summary>The answer of <c>supplyPaths</c>: the two companies (ids resolved) and every shortest path (none: an empty list).</summary>
public sealed record PathsAnswer(Named From, Named To, int MaxHops, IReadOnlyList<PathRow> Paths);
