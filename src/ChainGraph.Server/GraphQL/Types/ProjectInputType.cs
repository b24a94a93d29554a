using ChainGraph.Domain.Model;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class ProjectInputType : InputObjectGraphType<ProjectInput>
{
    public ProjectInputType()
    {
        Name = "ProjectInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("nameZh");
        Field<IdGraphType>("companyId");
        Field<NonNullGraphType<IdGraphType>>("regionCode");
        Field<IdGraphType>("segmentId");
        Field<FloatGraphType>("investmentYuan").Description("Yuan; leave it out (or null) when the amount is not disclosed, which is not 0");
        Field<NonNullGraphType<EnumerationGraphType<ProjectStatus>>>("status");
        Field<NonNullGraphType<DateType>>("statusDate");
        Field<StringGraphType>("source");
    }
}
