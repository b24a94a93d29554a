using ModelContextProtocol.Client;

namespace ChainGraph.Server.Tests.Mcp;

/// <summary>Every tool and every error class over stdio, against the real executable (<c>chaingraph mcp --db</c>).</summary>
public sealed class StdioMcpTests(StdioMcpFixture fixture) : McpContract, IClassFixture<StdioMcpFixture>
{
    protected override McpClient Client => fixture.Client;

    [Fact]
    public void Logs_go_to_standard_error()
    {
        Assert.Contains(fixture.Stderr, line => line.Contains("MCP server on stdio", StringComparison.Ordinal));
    }
}
