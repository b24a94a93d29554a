namespace ChainGraph.Domain.Store;

/// <summary>Where a page of companies starts after: a company id and its sort key in the listing's order (a cursor's content).</summary>
public sealed record CompanyPosition(string Id, CompanySortKey Key = default);
