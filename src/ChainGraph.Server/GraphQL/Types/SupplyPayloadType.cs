using ChainGraph.Domain.Model;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class SupplyPayloadType : ObjectGraphType<Change<Supply>>
{
    public SupplyPayloadType()
    {
        Name = "SupplyPayload";
        Description = "The supply row saveSupply stored, as it is now.";
        Field<NonNullGraphType<SupplyType>>("supply").Description("The row as stored").Resolve(c => c.Source.Row);
        Field<NonNullGraphType<BooleanGraphType>>("created").Description("True when the row is new, false when it replaced one").Resolve(c => c.Source.Created);
    }
}
