using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace ChainGraph.Server.Tests.Mcp;

/// <summary>Calls a tool through the SDK's client and reads its answer: the JSON text, checked against the structured content.</summary>
internal static class ToolCalls
{
    /// <summary>A successful call's answer; its text and its structured content must be the same JSON.</summary>
    public static async Task<JsonElement> OkAsync(McpClient client, string tool, Dictionary<string, object?> arguments)
    {
        var result = await client.CallToolAsync(tool, arguments);
        var text = Text(result);
        Assert.True(result.IsError is not true, $"{tool} failed: {text}");
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal); // Chinese stays readable
        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);  // compact
        var structured = JsonSerializer.SerializeToNode(result.StructuredContent);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text), structured), $"{tool}: text and structured content differ");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A failed call's error (code, message, argument, suggestions): a tool error, never a protocol failure.</summary>
    public static async Task<JsonElement> ErrorAsync(McpClient client, string tool, Dictionary<string, object?> arguments)
    {
        var result = await client.CallToolAsync(tool, arguments);
        var text = Text(result);
        Assert.True(result.IsError is true, $"{tool} should have failed: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static string Code(this JsonElement error) => error.GetProperty("code").GetString()!;

    public static string Message(this JsonElement error) => error.GetProperty("message").GetString()!;

    public static string[] Suggestions(this JsonElement error) =>
        error.TryGetProperty("suggestions", out var s) ? [.. s.EnumerateArray().Select(x => x.GetString()!)] : [];

    public static string[] Ids(this JsonElement list, string? inner = null) =>
        [.. list.EnumerateArray().Select(x => (inner is null ? x : x.GetProperty(inner)).GetProperty("id").GetString()!)];

    private static string Text(CallToolResult result) => Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
}
