using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class RemovalPayloadType : ObjectGraphType<Removal>
{
    public RemovalPayloadType()
    {
        Name = "RemovalPayload";
        Description = "What a remove… mutation did.";
        Field<NonNullGraphType<BooleanGraphType>>("removed").Description("False when there was no such row (nothing changed)").Resolve(c => c.Source.Removed);
        Field<NonNullGraphType<IdGraphType>>("removedNodeId").Description("The global id the row had (or would have had): drop it from client caches").Resolve(c => c.Source.NodeId);
    }
}
