using System.Globalization;
using System.Text.Json;
using ChainGraph.Domain;

namespace ChainGraph.Server.Mcp;

/// <summary>
/// Checks a tool call's arguments against the JSON types of the tool's input schema before the SDK binds them, so
/// that a missing, misnamed or mistyped argument answers BAD_INPUT naming it (as the engine names its arguments)
/// rather than a bare binding failure. Ranges, enumerations and ids are left to the tool and the engine, whose
/// messages are GraphQL's. Two forgiving repairs: a JSON null for an optional argument means "the default", and a
/// whole number where a string is expected (a region code typed as 441200) is taken as that string.
/// </summary>
internal static class ArgumentShape
{
    /// <summary>The first problem with the arguments, or null; may rewrite <paramref name="arguments"/> by the two repairs.</summary>
    public static BadArgumentException? Check(JsonElement schema, IDictionary<string, JsonElement>? arguments)
    {
        var properties = schema.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var required = schema.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().Select(x => x.GetString()).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
        var names = properties.ValueKind == JsonValueKind.Object ? properties.EnumerateObject().Select(x => x.Name).ToList() : [];
        arguments ??= new Dictionary<string, JsonElement>();

        foreach (var name in arguments.Keys.ToList())
        {
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                var known = names.Count == 0 ? "none" : string.Join(", ", names);
                return BadArgumentException.OutOfRange(name, $"this tool has no argument '{name}' (it takes {known})");
            }
            if (arguments[name].ValueKind == JsonValueKind.Null && !required.Contains(name))
            {
                arguments.Remove(name);
            }
        }
        foreach (var name in names)
        {
            if (!arguments.TryGetValue(name, out var value))
            {
                if (required.Contains(name))
                {
                    return BadArgumentException.OutOfRange(name, "is required");
                }
                continue;
            }
            var (problem, repaired) = Value(name, properties.GetProperty(name), value);
            if (problem is not null)
            {
                return problem;
            }
            if (repaired is { } fixedValue)
            {
                arguments[name] = fixedValue;
            }
        }
        return null;
    }

    private static (BadArgumentException? Problem, JsonElement? Repaired) Value(string name, JsonElement schema, JsonElement value)
    {
        var types = Types(schema);
        if (types.Count == 0 || value.ValueKind == JsonValueKind.Null && types.Contains("null"))
        {
            return (null, null);
        }
        if (types.Contains("string"))
        {
            return value.ValueKind switch
            {
                JsonValueKind.String => (null, null),
                JsonValueKind.Number when value.TryGetInt64(out var whole) => (null, JsonSerializer.SerializeToElement(whole.ToString(CultureInfo.InvariantCulture))),
                _ => (Wrong(name, "a string", value), null),
            };
        }
        if (types.Contains("integer"))
        {
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _) ? (null, null) : (Wrong(name, "a whole number", value), null);
        }
        if (types.Contains("number"))
        {
            return value.ValueKind == JsonValueKind.Number ? (null, null) : (Wrong(name, "a number", value), null);
        }
        if (types.Contains("boolean"))
        {
            return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? (null, null) : (Wrong(name, "true or false", value), null);
        }
        if (types.Contains("array"))
        {
            return value.ValueKind == JsonValueKind.Array ? Items(name, schema, value) : (Wrong(name, "a list", value), null);
        }
        if (types.Contains("object"))
        {
            return value.ValueKind == JsonValueKind.Object ? Members(name, schema, value) : (Wrong(name, "an object", value), null);
        }
        return (null, null);
    }

    private static (BadArgumentException?, JsonElement?) Items(string name, JsonElement schema, JsonElement list)
    {
        if (!schema.TryGetProperty("items", out var itemSchema))
        {
            return (null, null);
        }
        var items = new List<JsonElement>();
        var changed = false;
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var (problem, repaired) = Value($"{name}[{index++}]", itemSchema, item);
            if (problem is not null)
            {
                return (problem, null);
            }
            changed |= repaired is not null;
            items.Add(repaired ?? item);
        }
        return (null, changed ? JsonSerializer.SerializeToElement(items) : null);
    }

    private static (BadArgumentException?, JsonElement?) Members(string name, JsonElement schema, JsonElement value)
    {
        var members = value.EnumerateObject().ToDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal);
        var problem = Check(schema, members);
        if (problem is not null)
        {
            // name the member under its argument, as GraphQL's engine does (weights.anchorTies)
            return (new BadArgumentException(problem.Code, $"{name}.{problem.Argument}", $"{name}.{problem.Message}"), null);
        }
        return (null, JsonSerializer.SerializeToElement(members));
    }

    private static List<string> Types(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return [];
        }
        return type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array => [.. type.EnumerateArray().Select(t => t.GetString()).OfType<string>()],
            _ => [],
        };
    }

    private static BadArgumentException Wrong(string name, string expected, JsonElement value)
    {
        var shown = value.GetRawText();
        if (shown.Length > 60)
        {
            shown = shown[..57] + "...";
        }
        return BadArgumentException.OutOfRange(name, $"must be {expected}, not {shown}");
    }
}
