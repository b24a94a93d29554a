using ChainGraph.Domain.Model;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class CompanyEdgeType : ObjectGraphType<Company>
{
    public CompanyEdgeType()
    {
        Name = "CompanyEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque: pass it as after to continue from here").Resolve(c => CompanyCursor.Encode(c.Source.Id));
        Field<NonNullGraphType<CompanyType>>("node").Resolve(c => c.Source);
    }
}
