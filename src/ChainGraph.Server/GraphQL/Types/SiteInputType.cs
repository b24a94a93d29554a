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
    }
}
