using System.Text.Json;

namespace ChainGraph.Store.Neo4j.Client;

/// <summary>
/// One Query API answer: the result columns and rows, notifications, bookmarks and, inside an explicit
/// transaction, the transaction's id and expiry.
/// </summary>
public sealed class Neo4jResult
{
    private Neo4jResult(
        IReadOnlyList<string> fields,
        IReadOnlyList<Neo4jRecord> records,
        IReadOnlyList<Neo4jNotification> notifications,
        IReadOnlyList<string> bookmarks,
        string? transactionId,
        DateTimeOffset? transactionExpires)
    {
        Fields = fields;
        Records = records;
        Notifications = notifications;
        Bookmarks = bookmarks;
        TransactionId = transactionId;
        TransactionExpires = transactionExpires;
    }

    public static Neo4jResult Empty { get; } = new([], [], [], [], null, null);

    public IReadOnlyList<string> Fields { get; }

    public IReadOnlyList<Neo4jRecord> Records { get; }

    public IReadOnlyList<Neo4jNotification> Notifications { get; }

    public IReadOnlyList<string> Bookmarks { get; }

    /// <summary>The explicit transaction's id; null when the answer has no <c>transaction</c> (closed or implicit).</summary>
    public string? TransactionId { get; }

    public DateTimeOffset? TransactionExpires { get; }

    /// <summary>Parses a successful answer body (errors were handled before).</summary>
    public static Neo4jResult Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return Empty;
        }
        using var document = JsonDocument.Parse(body.ToArray());
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Empty;
        }

        IReadOnlyList<string> fields = [];
        var records = new List<Neo4jRecord>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array)
            {
                fields = f.EnumerateArray().Select(x => x.GetString() ?? "").ToArray();
            }
            if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                var index = Neo4jRecord.IndexOf(fields);
                foreach (var row in values.EnumerateArray())
                {
                    var cells = row.ValueKind == JsonValueKind.Array
                        ? row.EnumerateArray().Select(TypedJson.ToValue).ToArray()
                        : [TypedJson.ToValue(row)];
                    records.Add(new Neo4jRecord(index, cells));
                }
            }
        }

        var notifications = new List<Neo4jNotification>();
        if (root.TryGetProperty("notifications", out var n) && n.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in n.EnumerateArray())
            {
                notifications.Add(new Neo4jNotification(Text(item, "code"), Text(item, "severity"), Text(item, "title"), Text(item, "description")));
            }
        }

        IReadOnlyList<string> bookmarks = root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? b.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToArray()
            : [];

        string? transactionId = null;
        DateTimeOffset? expires = null;
        if (root.TryGetProperty("transaction", out var tx) && tx.ValueKind == JsonValueKind.Object)
        {
            transactionId = tx.TryGetProperty("id", out var id) ? id.GetString() : null;
            if (tx.TryGetProperty("expires", out var e) && DateTimeOffset.TryParse(e.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at))
            {
                expires = at;
            }
        }
        return new Neo4jResult(fields, records, notifications, bookmarks, transactionId, expires);
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
