using ChainGraph.Domain.Model;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>A Relay connection page of companies; the cursor is the company id.</summary>
public sealed record CompanyConnection(IReadOnlyList<Company> Nodes, int TotalCount, PageInfo PageInfo);
