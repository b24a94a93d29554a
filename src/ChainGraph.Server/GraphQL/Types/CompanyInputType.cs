using ChainGraph.Domain.Model;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class CompanyInputType : InputObjectGraphType<CompanyInput>
{
    public CompanyInputType()
    {
        Name = "CompanyInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("nameZh");
        Field<StringGraphType>("nameEn");
        Field<StringGraphType>("uscc");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<CompanyTag>>>>("tags");
        Field<IdGraphType>("parentId");
        Field<StringGraphType>("stockCode").Description("Exchange code and market, e.g. 300750.SZ");
        Field<IntGraphType>("founded").Description("Year founded");
        Field<LongGraphType>("employees");
        Field<FloatGraphType>("revenueYuan").Description("Latest annual revenue in yuan");
        Field<StringGraphType>("website").Description("http or https URL");
        Field<StringGraphType>("source").Description("Where the scale figures come from, with their year");
    }
}
