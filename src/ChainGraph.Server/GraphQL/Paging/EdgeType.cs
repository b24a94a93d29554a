using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Paging;

/// <summary>The GraphQL type of an <see cref="Edge{T}"/> of one node type (named by the concrete subclass).</summary>
public abstract class EdgeType<TNodeGraph, T> : ObjectGraphType<Edge<T>>
    where TNodeGraph : IGraphType
{
    protected EdgeType(string name, string item)
    {
        Name = name;
        Description = $"{item} in a page, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque: pass it as after to continue from here").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeGraph>>("node").Description("The item itself").Resolve(c => c.Source.Node);
    }
}
