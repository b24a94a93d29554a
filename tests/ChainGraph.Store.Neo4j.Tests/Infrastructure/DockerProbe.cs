using System.Net.Sockets;

namespace ChainGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>Whether a Docker engine answers (<c>GET /_ping</c>) at DOCKER_HOST or /var/run/docker.sock; a client alone is not enough.</summary>
internal static class DockerProbe
{
    private static readonly Lazy<string?> Reason = new(Probe);

    /// <summary>Null when an engine answers, else why not.</summary>
    public static string? MissingReason => Reason.Value;

    private static string? Probe()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        try
        {
            using var handler = new SocketsHttpHandler();
            Uri baseUri;
            if (string.IsNullOrEmpty(host) || host.StartsWith("unix://", StringComparison.Ordinal))
            {
                var socket = string.IsNullOrEmpty(host) ? "/var/run/docker.sock" : host["unix://".Length..];
                if (!File.Exists(socket))
                {
                    return $"no Docker engine: {socket} does not exist";
                }
                handler.ConnectCallback = async (_, cancellationToken) =>
                {
                    var s = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                    await s.ConnectAsync(new UnixDomainSocketEndPoint(socket), cancellationToken);
                    return new NetworkStream(s, ownsSocket: true);
                };
                baseUri = new Uri("http://docker/");
            }
            else if (host.StartsWith("tcp://", StringComparison.Ordinal))
            {
                baseUri = new Uri("http://" + host["tcp://".Length..].TrimEnd('/') + "/");
            }
            else
            {
                return $"DOCKER_HOST '{host}' is not unix:// or tcp://";
            }
            using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(3) };
            var answer = http.GetStringAsync(new Uri(baseUri, "_ping")).GetAwaiter().GetResult();
            return answer.Trim() == "OK" ? null : $"the Docker engine answered '{answer}' to _ping";
        }
        catch (Exception e) when (e is HttpRequestException or SocketException or IOException or TaskCanceledException)
        {
            return "no Docker engine answers: " + e.Message;
        }
    }
}
