namespace ChainGraph.Domain.Analysis;

/// <summary>One region's standing in one segment: local companies, status, and the location quotient (null when undefined).</summary>
public sealed record RegionComparisonCell(string RegionCode, int LocalCompanyCount, CoverageStatus Status, double? LocationQuotient);
