using ChainGraph.Server.GraphQL.Paging;
using ChainGraph.Domain;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>Global ids: base64url of "Type:key". Decoding refuses anything that was not handed out (BAD_INPUT).</summary>
public static class NodeId
{
    /// <summary>The types that implement Node.</summary>
    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal)
    {
        "Chain", "Segment", "Region", "Company", "Site", "Project", "Supply",
    };

    public static string Encode(string type, string key) => OpaqueText.Encode(type + ":" + key);

    public static (string Type, string Key) Decode(string nodeId, string argument)
    {
        var text = OpaqueText.TryDecode(nodeId) ?? "";
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < text.Length - 1 && Types.Contains(text[..colon])
            ? (text[..colon], text[(colon + 1)..])
            : throw BadArgumentException.OutOfRange(argument, $"'{OpaqueText.Shown(nodeId)}' is not a node id: pass the nodeId field of an entity");
    }

    /// <summary>Declares that a type implements Node, with its nodeId from its key.</summary>
    public static void Implement<T>(ObjectGraphType<T> type, Func<T, string> key)
    {
        type.Interface<NodeInterface>();
        type.Field<NonNullGraphType<IdGraphType>>("nodeId")
            .Description("Global id of this entity (for node(nodeId:) and Relay-style caches); id is its plain key")
            .Resolve(c => Encode(type.Name, key(c.Source)));
    }
}
