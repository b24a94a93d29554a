namespace ChainGraph.Server.Mcp.Answers;

/// <summary>One region's standing in one segment; the location quotient is null when undefined.</summary>
public sealed record ComparisonCell(string RegionCode, int LocalCompanyCount, string Status, double? LocationQuotient);
