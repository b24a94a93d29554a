using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ChainGraph.Bench;

/// <summary>
/// A small load client for the running service: one client for latency, many for throughput. The request body is
/// serialised once and answers are checked with a forward-only reader, so that the client, which shares the machine's
/// cores with the service, spends as little of them as it can.
/// </summary>
internal static class HttpLoad
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <summary>A GraphQL request as the bytes sent for it.</summary>
    public static byte[] Body(object request) => JsonSerializer.SerializeToUtf8Bytes(request);

    public static async Task<Latency> SingleClientAsync(HttpClient client, byte[] body, int count, CancellationToken ct) =>
        await Latency.MeasureAsync(() => PostAsync(client, body, ct), 100, count).ConfigureAwait(false);

    public static async Task<(double RequestsPerSecond, int Requests, int Errors)> ConcurrentAsync(
        HttpClient client, byte[] body, int clients, TimeSpan duration, CancellationToken ct)
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

    internal static Task PostAsync(HttpClient client, object request, CancellationToken ct) => PostAsync(client, Body(request), ct);

    internal static async Task PostAsync(HttpClient client, byte[] body, CancellationToken ct)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content, ct).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
        if (HasErrors(answer))
        {
            throw new InvalidDataException("GraphQL errors in a benchmark answer");
        }
    }

    /// <summary>Whether a GraphQL answer has a top-level <c>errors</c> member (or is not a JSON object at all).</summary>
    internal static bool HasErrors(ReadOnlySpan<byte> answer)
    {
        try
        {
            return TopLevelErrors(answer);
        }
        catch (JsonException)
        {
            return true; // not JSON at all
        }
    }

    private static bool TopLevelErrors(ReadOnlySpan<byte> answer)
    {
        var reader = new Utf8JsonReader(answer);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return true;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("errors"u8))
            {
                return true;
            }
            reader.Read();
            reader.Skip();
        }
        return false;
    }

    /// <summary>
    /// Throughput as measured by <c>wrk</c> (a C load generator, far lighter than this client), when it is on the PATH:
    /// one thread, <paramref name="clients"/> connections, the same request. Null when wrk is not installed.
    /// </summary>
    public static async Task<(double RequestsPerSecond, long Requests, long Failed)?> WrkAsync(Uri address, byte[] body, int clients, TimeSpan duration, CancellationToken ct)
    {
        var wrk = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "wrk")).FirstOrDefault(File.Exists);
        if (wrk is null)
        {
            return null;
        }
        var script = Path.Combine(Path.GetTempPath(), $"chaingraph-bench-{Environment.ProcessId}.lua");
        // Lua long brackets hold the JSON as it is; a body holding "]==]" would end them early, so it is refused.
        var text = System.Text.Encoding.UTF8.GetString(body);
        if (text.Contains("]==]", StringComparison.Ordinal))
        {
            throw new ArgumentException("the request body cannot be written into a wrk script", nameof(body));
        }
        await File.WriteAllTextAsync(script,
            $"wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\nwrk.body = [==[{text}]==]\n", ct).ConfigureAwait(false);
        try
        {
            var info = new ProcessStartInfo(wrk)
            {
                ArgumentList = { "-t1", $"-c{clients}", $"-d{(int)duration.TotalSeconds}s", "-s", script, new Uri(address, "/graphql").ToString() },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            var (exit, output, error, _, _) = await ChildProcess.RunAsync(info, ct).ConfigureAwait(false);
            if (exit != 0)
            {
                throw new InvalidOperationException($"wrk failed ({exit}): {error.Trim()}");
            }
            return ParseWrk(output);
        }
        finally
        {
            File.Delete(script);
        }
    }

    /// <summary>Requests per second, requests, and failed requests (non-2xx answers and socket errors) from wrk's report.</summary>
    internal static (double RequestsPerSecond, long Requests, long Failed) ParseWrk(string output)
    {
        double rate = 0;
        long requests = 0;
        long failed = 0;
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.Trim();
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (line.StartsWith("Requests/sec:", StringComparison.Ordinal))
            {
                rate = double.Parse(words[1], CultureInfo.InvariantCulture);
            }
            else if (line.Contains(" requests in ", StringComparison.Ordinal))
            {
                requests = long.Parse(words[0], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("Non-2xx or 3xx responses:", StringComparison.Ordinal))
            {
                failed += long.Parse(words[^1], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("Socket errors:", StringComparison.Ordinal))
            {
                // "Socket errors: connect 0, read 0, write 0, timeout 0"
                failed += words.Where(w => long.TryParse(w.TrimEnd(','), CultureInfo.InvariantCulture, out _)).Sum(w => long.Parse(w.TrimEnd(','), CultureInfo.InvariantCulture));
            }
        }
        return (rate, requests, failed);
    }
}
