namespace ChainGraph.Store.Neo4j.Client;

/// <summary>
/// An open explicit transaction (<c>/db/{db}/query/v2/tx/{id}</c>). Statements run in it are not retried
/// one by one; the caller runs the whole transaction again. Disposing an uncommitted transaction rolls it back.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jQueryClient _client;

    internal Neo4jTransaction(Neo4jQueryClient client, string id, string? affinity, DateTimeOffset? expires)
    {
        _client = client;
        Id = id;
        Affinity = affinity;
        Expires = expires;
    }

    public string Id { get; }

    /// <summary>The <c>neo4j-cluster-affinity</c> header the server sent (Aura), replayed on every request.</summary>
    public string? Affinity { get; internal set; }

    /// <summary>When the server rolls the transaction back if it stays idle.</summary>
    public DateTimeOffset? Expires { get; internal set; }

    /// <summary>True after commit or rollback, or after the server closed it on an error.</summary>
    public bool IsClosed { get; internal set; }

    public Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        _client.RunInTransactionAsync(this, statement, parameters, cancellationToken);

    /// <summary>Commits. Never retried: a commit whose answer is lost has an unknown outcome.</summary>
    public Task<Neo4jResult> CommitAsync(CancellationToken cancellationToken = default) =>
        _client.CommitAsync(this, cancellationToken);

    public Task RollbackAsync(CancellationToken cancellationToken = default) =>
        _client.RollbackAsync(this, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (!IsClosed)
        {
            await _client.RollbackQuietlyAsync(this).ConfigureAwait(false);
        }
    }
}
