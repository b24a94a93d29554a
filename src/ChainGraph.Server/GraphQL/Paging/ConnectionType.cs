using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Paging;

/// <summary>The GraphQL type of a <see cref="Connection{T}"/> of one node type (named by the concrete subclass).</summary>
public abstract class ConnectionType<TNodeGraph, TEdgeGraph, T> : ObjectGraphType<Connection<T>>
    where TNodeGraph : IGraphType
    where TEdgeGraph : IGraphType
{
    protected ConnectionType(string name, string items)
    {
        Name = name;
        Description = $"A page of {items}, with the total over all pages.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description($"{char.ToUpperInvariant(items[0])}{items[1..]} over all pages").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeGraph>>>>("edges").Description("The page's items with their cursors").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraph>>>>("nodes").Description("The page's items").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<Types.PageInfoType>>("pageInfo").Description("Where the page is in the whole list").Resolve(c => c.Source.PageInfo);
    }
}
