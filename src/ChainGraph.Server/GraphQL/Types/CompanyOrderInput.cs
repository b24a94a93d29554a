using ChainGraph.Domain.Store;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>The <c>orderBy</c> argument of <c>companies</c>.</summary>
public sealed class CompanyOrderInput
{
    public CompanyOrderField Field { get; set; }

    public OrderDirection Direction { get; set; } = OrderDirection.Asc;

    public CompanyOrder ToOrder() => new(Field, Direction == OrderDirection.Desc);
}
