using ChainGraph.Domain.Model;
using ChainGraph.Server.GraphQL.Paging;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>The company connection: the generic page, with the descriptions of the contract-version-2 type.</summary>
public sealed class CompanyConnectionType : ObjectGraphType<Connection<Company>>
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
