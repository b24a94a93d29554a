using ModelContextProtocol.Client;

namespace ChainGraph.Server.Tests.Mcp;

/// <summary>Every tool and every error class over Streamable HTTP at /mcp on the service.</summary>
public sealed class HttpMcpTests(HttpMcpFixture fixture) : McpContract, IClassFixture<HttpMcpFixture>
{
    protected override McpClient Client => fixture.Client;
}
