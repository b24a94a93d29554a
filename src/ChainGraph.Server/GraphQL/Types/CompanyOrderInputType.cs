using ChainGraph.Domain.Store;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class CompanyOrderInputType : InputObjectGraphType<CompanyOrderInput>
{
    public CompanyOrderInputType()
    {
        Name = "CompanyOrder";
        Description = "The order of a company listing; companies without a value for the field come last in either direction, ties by id.";
        Field<NonNullGraphType<EnumerationGraphType<CompanyOrderField>>>("field").Description("What to order by");
        Field<NonNullGraphType<EnumerationGraphType<OrderDirection>>>("direction").Description("ASC (default) or DESC").DefaultValue(OrderDirection.Asc);
    }
}
