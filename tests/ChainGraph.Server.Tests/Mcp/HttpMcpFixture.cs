using ModelContextProtocol.Client;

namespace ChainGraph.Server.Tests.Mcp;

/// <summary>The service on the in-memory test server (the mini fixture), and the SDK's client on its /mcp endpoint.</summary>
public sealed class HttpMcpFixture : IAsyncLifetime
{
    public ServiceHost Host { get; } = new();

    public McpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Client = await McpConnections.HttpAsync(Host);

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Host.DisposeAsync();
    }
}
