using ChainGraph.Domain.Model;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class SiteInputType : InputObjectGraphType<SiteInput>
{
    public SiteInputType()
    {
        Name = "SiteInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<IdGraphType>>("companyId");
        Field<StringGraphType>("nameZh");
        Field<NonNullGraphType<IdGraphType>>("regionCode");
        Field<NonNullGraphType<FloatGraphType>>("lat");
        Field<NonNullGraphType<FloatGraphType>>("lon");
        Field<NonNullGraphType<EnumerationGraphType<SiteKind>>>("kind");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("segmentIds");
        Field<StringGraphType>("capacity").Description("As published, e.g. 25GWh or 10万吨/年");
        Field<DateType>("since").Description("When the site started operating");
        Field<StringGraphType>("source");
    }
}
