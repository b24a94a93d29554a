using ChainGraph.Server.Tests.Cli;
using ModelContextProtocol.Client;

namespace ChainGraph.Server.Tests.Mcp;

/// <summary>The SDK's own client over the two transports: Streamable HTTP on a test service, stdio to the real executable.</summary>
internal static class McpConnections
{
    public static readonly McpClientOptions Options = new() { ClientInfo = new() { Name = "chaingraph-tests", Version = "1.0" } };

    /// <summary>A client of <c>/mcp</c> on the test server, sending the API key (if any) as a bearer token.</summary>
    public static async Task<McpClient> HttpAsync(ServiceHost host, string? apiKey = null, string header = "Authorization")
    {
        var options = new HttpClientTransportOptions
        {
            Endpoint = new Uri(host.Client.BaseAddress!, "/mcp"),
            TransportMode = HttpTransportMode.StreamableHttp,
            Name = "chaingraph-http",
        };
        if (apiKey is not null)
        {
            options.AdditionalHeaders = new Dictionary<string, string> { [header] = header == "Authorization" ? "Bearer " + apiKey : apiKey };
        }
        var transport = new HttpClientTransport(options, host.Client, loggerFactory: null, ownsHttpClient: false);
        return await McpClient.CreateAsync(transport, Options);
    }

    /// <summary>A client of <c>chaingraph mcp --db PATH</c> started as a child process; each line the server writes to standard error is handed to <paramref name="stderr"/>.</summary>
    public static async Task<McpClient> StdioAsync(string db, Action<string>? stderr = null)
    {
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "chaingraph-stdio",
            Command = "dotnet",
            Arguments = [Chaingraph.Dll, "mcp", "--db", db],
            EnvironmentVariables = new Dictionary<string, string?> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
            StandardErrorLines = stderr,
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        return await McpClient.CreateAsync(transport, Options, cancellationToken: timeout.Token);
    }
}
