using ChainGraph.Domain.Model;
using ChainGraph.Server.GraphQL.Paging;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class CompanyEdgeType : ObjectGraphType<Edge<Company>>
{
    public CompanyEdgeType()
    {
        Name = "CompanyEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque: pass it as after to continue from here (in the same orderBy)").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<CompanyType>>("node").Resolve(c => c.Source.Node);
    }
}
