using System.Text.Encodings.Web;
using System.Text.Json;
using ModelContextProtocol;

namespace ChainGraph.Server.Mcp;

/// <summary>
/// How tool answers are written: the SDK's options (camelCase, compact) with Chinese left readable instead of
/// \u-escaped, and nulls written out (as GraphQL does) so that every answer has every field its output schema requires.
/// </summary>
internal static class McpJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(McpJsonUtilities.DefaultOptions)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = false,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
        };
        options.MakeReadOnly();
        return options;
    }
}
