using System.Globalization;
using System.Text.Json;

namespace ChainGraph.Store.Neo4j.Client;

/// <summary>
/// Reads values of the Query API's typed JSON (<c>application/vnd.neo4j.query</c>: <c>{"$type": "Float",
/// "_value": "4.56"}</c>) into .NET values: Null → null, Boolean → bool, Integer → long, Float → double,
/// String → string, Date → <see cref="DateOnly"/>, List → <c>IReadOnlyList&lt;object?&gt;</c>, Map and the
/// <c>_properties</c> of Node/Relationship → <c>IReadOnlyDictionary&lt;string, object?&gt;</c>; other types
/// (times, durations, points, Base64) stay in their string form. Plain JSON values are read too.
/// </summary>
public static class TypedJson
{
    public static object? ToValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt64(out var l) ? l : element.GetDouble();
            case JsonValueKind.Array:
                return element.EnumerateArray().Select(ToValue).ToList();
            default:
                break;
        }
        if (element.TryGetProperty("$type", out var type) && element.TryGetProperty("_value", out var value))
        {
            return Typed(type.GetString() ?? "", value);
        }
        return Map(element);
    }

    private static object? Typed(string type, JsonElement value) => type switch
    {
        "Null" => null,
        "Boolean" => value.ValueKind == JsonValueKind.True,
        "Integer" => value.ValueKind == JsonValueKind.Number ? value.GetInt64() : long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        "Float" => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : ParseFloat(value.GetString()!),
        "String" => value.GetString(),
        "Date" => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        "List" => value.EnumerateArray().Select(ToValue).ToList(),
        "Map" => Map(value),
        "Node" or "Relationship" => value.TryGetProperty("_properties", out var properties) ? Map(properties) : Map(value),
        "Path" => value.EnumerateArray().Select(ToValue).ToList(),
        _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
    };

    private static double ParseFloat(string text) => text switch
    {
        "NaN" or "Nan" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, object?> Map(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = ToValue(property.Value);
        }
        return map;
    }
}
