using ChainGraph.Domain.Lookup;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>The <c>orderBy</c> argument of <c>projectsConnection</c>.</summary>
public sealed class ProjectOrderInput
{
    public ProjectOrderField Field { get; set; }

    public OrderDirection Direction { get; set; } = OrderDirection.Asc;

    public ProjectOrder ToOrder() => new(Field, Direction == OrderDirection.Desc);
}
