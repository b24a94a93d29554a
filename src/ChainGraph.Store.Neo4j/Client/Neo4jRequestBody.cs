using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace ChainGraph.Store.Neo4j.Client;

/// <summary>
/// Writes a Query API request body (plain JSON): <c>{"statement": ..., "parameters": {...}, "bookmarks": [...]}</c>.
/// Doubles are always written with a fraction or exponent so that Neo4j stores a Float even for whole
/// numbers; decimals and dates are written as strings (the Cypher converts them).
/// </summary>
public static class Neo4jRequestBody
{
    public static byte[] Write(string? statement, IReadOnlyDictionary<string, object?>? parameters, IReadOnlyList<string>? bookmarks)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (statement is not null)
            {
                writer.WriteString("statement", statement);
                writer.WritePropertyName("parameters");
                WriteValue(writer, parameters ?? new Dictionary<string, object?>());
            }
            if (bookmarks is { Count: > 0 })
            {
                writer.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks)
                {
                    writer.WriteStringValue(bookmark);
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                WriteDouble(writer, d);
                break;
            case float f:
                WriteDouble(writer, f);
                break;
            case decimal m:
                writer.WriteStringValue(m.ToString(CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"a Cypher parameter cannot be a {value.GetType().Name}; convert it to a string, number, list or map first");
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (!double.IsFinite(d))
        {
            throw new ArgumentException($"a Cypher parameter cannot be {d} in plain JSON");
        }
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        if (text.AsSpan().IndexOfAny(".Ee") < 0)
        {
            text += ".0";
        }
        writer.WriteRawValue(text, skipInputValidation: true);
    }
}
