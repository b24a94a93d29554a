using ChainGraph.Domain.Model;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>A Relay connection page of companies, each edge with its opaque cursor.</summary>
public sealed record CompanyConnection(IReadOnlyList<CompanyEdge> Edges, int TotalCount, PageInfo PageInfo)
{
    public IEnumerable<Company> Nodes => Edges.Select(e => e.Node);
}
