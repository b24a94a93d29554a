using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class CompanyConnectionType : ObjectGraphType<CompanyConnection>
{
    public CompanyConnectionType()
    {
        Name = "CompanyConnection";
        Field(x => x.TotalCount).Description("Companies matching the filter, over all pages");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompanyEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompanyType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source.PageInfo);
    }
}
