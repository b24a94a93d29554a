using ChainGraph.Server.GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Paging;

/// <summary>A Relay connection page: edges with cursors, the total over all pages, and where the page is.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, int TotalCount, PageInfo PageInfo)
{
    public Connection(IReadOnlyList<Edge<T>> edges, int totalCount, bool hasNextPage, bool hasPreviousPage)
        : this(edges, totalCount, new PageInfo(hasNextPage, hasPreviousPage, edges.Count > 0 ? edges[0].Cursor : null, edges.Count > 0 ? edges[^1].Cursor : null))
    {
    }

    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
}
