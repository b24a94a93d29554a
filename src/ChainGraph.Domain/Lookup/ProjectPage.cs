using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Lookup;

/// <summary>A page of projects in the query's order, the total matching, and whether more follow.</summary>
public sealed record ProjectPage(IReadOnlyList<Project> Items, int TotalCount, bool HasNextPage);
