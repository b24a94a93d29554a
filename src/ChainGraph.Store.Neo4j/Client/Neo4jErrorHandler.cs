using ChainGraph.Store.Neo4j.Errors;

namespace ChainGraph.Store.Neo4j.Client;

/// <summary>
/// The innermost handler: reads each answer into memory and throws the <see cref="Neo4jException"/> it
/// carries (by Neo4j code, in any HTTP status, 202 included), so that the resilience handler above it sees
/// transient failures as exceptions and everything else passes through unretried.
/// </summary>
public sealed class Neo4jErrorHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        byte[] body;
        try
        {
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }
        var error = Neo4jErrors.FromResponse(response.StatusCode, body);
        if (error is not null)
        {
            response.Dispose();
            throw error;
        }
        return response;
    }
}
