using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Store;

/// <summary>A page of companies in the query's order, the total matching, and whether more follow.</summary>
public sealed record CompanyPage(IReadOnlyList<Company> Items, int TotalCount, bool HasNextPage);
