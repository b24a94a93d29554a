using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace ChainGraph.Server.WarmUp;

/// <summary>
/// Requests to the service's own address over a real socket, right after it starts listening: the connection
/// path (accepting, the HTTP/1.1 parser, response writing) is only run by a real connection, and its first
/// request costs tens of milliseconds until it is compiled. A few batches of requests, each on a new connection,
/// with pauses between them so the runtime promotes that code as well.
/// </summary>
internal static class LoopbackWarmUp
{
    private const int Batches = 3;
    private const int RequestsPerBatch = 30;
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    /// <summary>A plain-HTTP address a client on this machine can reach, for a listening address; null for any other kind.</summary>
    public static Uri? Reachable(string address)
    {
        const string Http = "http://";
        if (!address.StartsWith(Http, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var rest = address[Http.Length..];
        foreach (var any in new[] { "*", "+", "0.0.0.0", "[::]", "localhost" })
        {
            if (rest.StartsWith(any + ":", StringComparison.OrdinalIgnoreCase))
            {
                // Kestrel listens on both IPv4 and IPv6 for these
                rest = "127.0.0.1" + rest[any.Length..];
                break;
            }
        }
        // a Unix socket or a named pipe (http://unix:/path) is no address an HTTP client here dials
        return Uri.TryCreate(Http + rest, UriKind.Absolute, out var uri) && uri.Host is not ("unix" or "pipe") ? uri : null;
    }

    /// <summary>Sends the batches to <paramref name="address"/>; returns how many requests were answered and the last status.</summary>
    public static async Task<(int Requests, int Status, TimeSpan Elapsed)> RunAsync(Uri address, string graphQLBody, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var answered = 0;
        var status = 0;
        for (var batch = 0; batch < Batches; batch++)
        {
            if (batch > 0)
            {
                await Task.Delay(Pause, cancellationToken).ConfigureAwait(false);
            }
            // a new client each batch: a new connection, so accepting one is warmed too
            using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
            for (var i = 0; i < RequestsPerBatch; i++)
            {
                using var content = new StringContent(graphQLBody, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
                using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
                await response.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
                status = (int)response.StatusCode;
                answered++;
            }
        }
        return (answered, status, clock.Elapsed);
    }
}
