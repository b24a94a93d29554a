using System.CommandLine;
using ChainGraph.Server.Cli;
using ChainGraph.Server.Hosting;
using ChainGraph.Store.Embedded;
using Microsoft.Extensions.Options;

namespace ChainGraph.Server.Mcp;

/// <summary>
/// <c>mcp [--db PATH]</c>: the engine as an MCP server on standard input and output, for a desktop agent that
/// starts it. Standard output carries the protocol only; every log line goes to standard error.
/// </summary>
internal static class McpCommand
{
    public static Command Create()
    {
        var command = new Command("mcp", "Serve the engine to an agent over MCP on standard input/output (read-only; logs go to standard error)");
        command.SetAction(RunAsync);
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        using var opened = StoreOpener.Open(parse);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        ChainGraphMcp.QuietSdkLogs(builder.Services, builder.Configuration);
        builder.Services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);

        builder.Services.AddSingleton(opened.Store);
        if (opened.Store is EmbeddedGraphStore embedded)
        {
            // a long agent session sees what an import in another process writes, as the service does
            builder.Services.AddSingleton(embedded);
            builder.Services.AddSingleton(Options.Create(builder.Configuration.GetSection(EmbeddedStoreOptions.SectionName).Get<EmbeddedStoreOptions>() ?? new EmbeddedStoreOptions()));
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddHostedService<StoreChangeWatcher>();
        }
        builder.Services.AddMcpServer(ChainGraphMcp.Configure)
            .WithStdioServerTransport()
            .WithChainGraph();

        using var host = builder.Build();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ChainGraph.Server.Mcp");
        var store = Describe(parse, opened);
        McpLog.StdioStarted(logger, store);
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
        return CliExit.Ok;
    }

    private static string Describe(ParseResult parse, OpenedStore opened) =>
        opened.Store is EmbeddedGraphStore ? System.IO.Path.GetFullPath(StoreOpener.DatabasePath(parse)) : opened.Store.GetType().Name;
}
