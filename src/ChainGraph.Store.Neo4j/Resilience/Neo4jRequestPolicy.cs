namespace ChainGraph.Store.Neo4j.Resilience;

/// <summary>
/// Whether a request may be sent again after a transient failure. The client marks each request; the
/// retry strategy reads the mark. Unmarked requests are not retried.
/// </summary>
public static class Neo4jRequestPolicy
{
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("ChainGraph.Neo4j.Idempotent");

    public static void MarkIdempotent(HttpRequestMessage request, bool idempotent) => request.Options.Set(Idempotent, idempotent);

    public static bool IsIdempotent(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Idempotent, out var value) && value;
}
