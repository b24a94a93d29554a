namespace ChainGraph.Server.Mcp.Answers;

/// <summary>The answer of <c>search</c>: the text searched and the hits, best first.</summary>
public sealed record SearchAnswer(string Query, IReadOnlyList<SearchHit> Hits);
