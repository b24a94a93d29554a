using ChainGraph.Domain.Model;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class ProjectFilterInputType : InputObjectGraphType<ProjectFilter>
{
    public ProjectFilterInputType()
    {
        Name = "ProjectFilter";
        Description = "All given filters must hold; a list filter (…In) matches any of its values; a region or segment includes everything below it.";
        Field(x => x.NameContains, nullable: true).Description("Part of the project's name, any letter case");
        Field<IdGraphType>("regionCode").Description("In this region or below it");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("regionCodeIn").Description("In one of these regions or below one of them");
        Field<IdGraphType>("segmentId").Description("In this segment or below it (projects without a segment do not match)");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("segmentIdIn").Description("In one of these segments or below one of them");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("companyIdIn").Description("By one of these companies");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<ProjectStatus>>>>("statusIn").Description("In one of these statuses");
        Field<DateType>("statusDateFrom").Description("Status date on or after this day");
        Field<DateType>("statusDateTo").Description("Status date on or before this day");
        Field<FloatGraphType>("investmentYuanAtLeast").Description("Investment (投资额) at least this many yuan; undisclosed investments do not match");
    }
}
