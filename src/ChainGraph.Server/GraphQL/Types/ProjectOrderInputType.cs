using ChainGraph.Domain.Lookup;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class ProjectOrderInputType : InputObjectGraphType<ProjectOrderInput>
{
    public ProjectOrderInputType()
    {
        Name = "ProjectOrder";
        Description = "The order of a project listing; projects without a value (an undisclosed investment) come last in either direction, ties by id.";
        Field<NonNullGraphType<EnumerationGraphType<ProjectOrderField>>>("field").Description("What to order by");
        Field<NonNullGraphType<EnumerationGraphType<OrderDirection>>>("direction").Description("ASC (default) or DESC").DefaultValue(OrderDirection.Asc);
    }
}
