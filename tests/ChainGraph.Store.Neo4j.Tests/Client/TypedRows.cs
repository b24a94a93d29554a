using System.Text.Json;

namespace ChainGraph.Store.Neo4j.Tests.Client;

/// <summary>Query API answers (typed JSON) built value by value, for canned result rows.</summary>
internal static class TypedRows
{
    public static string Rows(string[] fields, params string[][] rows) =>
        $$"""{"data": {"fields": [{{string.Join(", ", fields.Select(f => $"\"{f}\""))}}], "values": [{{string.Join(", ", rows.Select(r => "[" + string.Join(", ", r) + "]"))}}]}, "bookmarks": []}""";

    public static string Str(string value) => $$"""{"$type": "String", "_value": {{JsonSerializer.Serialize(value)}}}""";

    public static string Flt(double value) => $$"""{"$type": "Float", "_value": "{{value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}}"}""";

    public static string Int(long value) => $$"""{"$type": "Integer", "_value": "{{value}}"}""";

    public static string Bool(bool value) => $$"""{"$type": "Boolean", "_value": {{(value ? "true" : "false")}}}""";

    public static string Date(string iso) => $$"""{"$type": "Date", "_value": "{{iso}}"}""";

    public static string Null() => """{"$type": "Null", "_value": null}""";

    public static string List(params string[] items) => $$"""{"$type": "List", "_value": [{{string.Join(", ", items)}}]}""";

    public static string Map(params (string Key, string Value)[] entries) =>
        "{\"$type\": \"Map\", \"_value\": {" + string.Join(", ", entries.Select(e => $"\"{e.Key}\": {e.Value}")) + "}}";

    /// <summary>The parameters of a recorded request.</summary>
    public static JsonElement Parameters(RecordedRequest request) =>
        JsonDocument.Parse(request.Body).RootElement.GetProperty("parameters").Clone();

    /// <summary>The statement of a recorded request.</summary>
    public static string Statement(RecordedRequest request) =>
        JsonDocument.Parse(request.Body).RootElement.GetProperty("statement").GetString()!;
}
