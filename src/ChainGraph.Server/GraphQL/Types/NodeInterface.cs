using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>
/// Every entity with an identity: <c>nodeId</c> is a global id (type and key in one opaque value) that
/// <c>node(nodeId:)</c> fetches back. The entities' own <c>id</c> fields keep their plain keys (the contract's ids).
/// </summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An entity with a global id: pass nodeId to node(nodeId:) to fetch it again (Relay's object identification, with the id field named nodeId because id holds the plain key).";
        Field<NonNullGraphType<IdGraphType>>("nodeId").Description("Global id: the type and key in one opaque value, unique across the schema");
    }
}
