using System.Globalization;

namespace ChainGraph.Store.Neo4j.Client;

/// <summary>One result row; values are read by field name.</summary>
public sealed class Neo4jRecord
{
    private readonly IReadOnlyDictionary<string, int> _index;
    private readonly object?[] _values;

    internal Neo4jRecord(IReadOnlyDictionary<string, int> index, object?[] values)
    {
        _index = index;
        _values = values;
    }

    public IReadOnlyList<object?> Values => _values;

    public object? this[string field] =>
        _index.TryGetValue(field, out var i) && i < _values.Length
            ? _values[i]
            : throw new KeyNotFoundException($"the result has no field '{field}' (fields: {string.Join(", ", _index.Keys)})");

    public string? String(string field) => this[field] switch
    {
        null => null,
        string s => s,
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    public string RequiredString(string field) => String(field) ?? throw Missing(field);

    public long Int64(string field) => this[field] switch
    {
        long l => l,
        double d => (long)d,
        null => throw Missing(field),
        var other => Convert.ToInt64(other, CultureInfo.InvariantCulture),
    };

    public int Int32(string field) => checked((int)Int64(field));

    /// <summary>An integer, or null when the value is missing.</summary>
    public long? OptionalInt64(string field) => this[field] is null ? null : Int64(field);

    public double Double(string field) => ToDouble(this[field], field);

    public bool Boolean(string field) => this[field] is true;

    public DateOnly Date(string field) => this[field] switch
    {
        DateOnly d => d,
        string s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw Missing(field),
    };

    /// <summary>A date, or null when the value is missing.</summary>
    public DateOnly? OptionalDate(string field) => this[field] is null ? null : Date(field);

    /// <summary>A list of strings; a missing value is an empty list.</summary>
    public IReadOnlyList<string> Strings(string field) => this[field] switch
    {
        null => [],
        IEnumerable<object?> items => items.Select(x => Convert.ToString(x, CultureInfo.InvariantCulture) ?? "").ToArray(),
        var other => throw new InvalidCastException($"field '{field}' is not a list but {other.GetType().Name}"),
    };

    /// <summary>A list of values; a missing value is an empty list.</summary>
    public IReadOnlyList<object?> List(string field) => this[field] switch
    {
        null => [],
        IReadOnlyList<object?> items => items,
        var other => throw new InvalidCastException($"field '{field}' is not a list but {other.GetType().Name}"),
    };

    internal static double ToDouble(object? value, string what) => value switch
    {
        double d => d,
        long l => l,
        null => throw new InvalidCastException($"'{what}' has no value"),
        var other => Convert.ToDouble(other, CultureInfo.InvariantCulture),
    };

    internal static Dictionary<string, int> IndexOf(IReadOnlyList<string> fields)
    {
        var index = new Dictionary<string, int>(fields.Count, StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            index.TryAdd(fields[i], i);
        }
        return index;
    }

    private static InvalidCastException Missing(string field) => new($"field '{field}' has no value");
}
