namespace ChainGraph.Server.Mcp.Answers;

/// <summary>One supply path: the companies from supplier to customer.</summary>
public sealed record PathRow(IReadOnlyList<Named> Companies);
