using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChainGraph.Bench;

/// <summary>A small load client for the running service: one client for latency, many for throughput.</summary>
internal static class HttpLoad
{
    public static async Task<Latency> SingleClientAsync(HttpClient client, object body, int count, CancellationToken ct) =>
        await Latency.MeasureAsync(() => PostAsync(client, body, ct), 100, count).ConfigureAwait(false);

    public static async Task<(double RequestsPerSecond, int Requests, int Errors)> ConcurrentAsync(
        HttpClient client, object body, int clients, TimeSpan duration, CancellationToken ct)
    {
        var requests = 0;
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                try
                {
                    await PostAsync(client, body, ct).ConfigureAwait(false);
                    Interlocked.Increment(ref requests);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
                catch (InvalidDataException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        return (requests / clock.Elapsed.TotalSeconds, requests, errors);
    }

    internal static async Task PostAsync(HttpClient client, object body, CancellationToken ct)
    {
        using var response = await client.PostAsJsonAsync("/graphql", body, ct).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: ct).ConfigureAwait(false);
        if (document.RootElement.TryGetProperty("errors", out _))
        {
            throw new InvalidDataException("GraphQL errors in a benchmark answer");
        }
    }
}
