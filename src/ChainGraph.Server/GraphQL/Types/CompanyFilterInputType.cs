using ChainGraph.Domain.Model;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class CompanyFilterInputType : InputObjectGraphType<CompanyFilter>
{
    public CompanyFilterInputType()
    {
        Name = "CompanyFilter";
        Description = "All given filters must hold.";
        Field(x => x.NameContains, nullable: true).Description("Part of the Chinese or English name, any letter case");
        Field<IdGraphType>("regionCode").Description("Has a site in this region or below it");
        Field<IdGraphType>("segmentId").Description("Has a site working in this segment or below it");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<CompanyTag>>>>("tags").Description("Has every one of these tags");
    }
}
