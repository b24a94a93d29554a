using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChainGraph.Server.Mcp;

/// <summary>
/// Makes the generated input schemas portable to every agent's function-calling dialect: a nullable argument
/// (<c>"type": ["string", "null"]</c>) becomes its one type with no <c>"default": null</c> (leaving it out, or
/// sending null, means the default: <see cref="ArgumentShape"/> sees to that), and an open upper bound
/// (<c>[Range(0, double.MaxValue)]</c>, "0 or more") is left out instead of written as 1.79e308.
/// </summary>
internal static class ToolSchemas
{
    public static JsonElement Portable(JsonElement schema)
    {
        var node = JsonNode.Parse(schema.GetRawText())!;
        Rewrite(node);
        return JsonSerializer.SerializeToElement(node);
    }

    private static void Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject schema:
                if (schema["type"] is JsonArray types && types.Select(t => t?.GetValue<string>()).Where(t => t != "null").ToList() is [var single])
                {
                    schema["type"] = single;
                    if (schema.TryGetPropertyValue("default", out var fallback) && fallback is null)
                    {
                        schema.Remove("default");
                    }
                }
                if (schema["maximum"] is JsonValue maximum && maximum.TryGetValue<double>(out var value) && value >= double.MaxValue)
                {
                    schema.Remove("maximum");
                }
                foreach (var (_, child) in schema.ToList())
                {
                    Rewrite(child);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Rewrite(item);
                }
                break;
        }
    }
}
