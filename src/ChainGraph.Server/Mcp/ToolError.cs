using System.Text.Json.Serialization;

namespace ChainGraph.Server.Mcp;

/// <summary>What a tool error says: the code (NOT_FOUND, BAD_INPUT, STORE_UNAVAILABLE, INTERNAL), the message, the argument and the ids the caller may have meant.</summary>
public sealed record ToolError(
    string Code,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Argument,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Suggestions);
