using System.Collections.Concurrent;
using ChainGraph.Server.Tests.Cli;
using ChainGraph.TestSupport;
using ModelContextProtocol.Client;

namespace ChainGraph.Server.Tests.Mcp;

/// <summary>The mini fixture imported into a store file, and the SDK's client on <c>chaingraph mcp --db</c> over stdio.</summary>
public sealed class StdioMcpFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public McpClient Client { get; private set; } = null!;

    public string Db => _folder.File("mini.db");

    /// <summary>What the server wrote on standard error.</summary>
    public ConcurrentQueue<string> Stderr { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var import = await Chaingraph.RunAsync("import", Repo.Fixture("mini"), "--db", Db);
        Assert.True(import.Exit == 0, import.Err);
        Client = await McpConnections.StdioAsync(Db, Stderr.Enqueue);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        _folder.Dispose();
    }
}
