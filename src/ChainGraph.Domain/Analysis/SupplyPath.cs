namespace ChainGraph.Domain.Analysis;

/// <summary>A directed path over SUPPLIES, as the company ids it passes through.</summary>
public sealed record SupplyPath(IReadOnlyList<string> CompanyIds);
