using System.CommandLine;
using ChainGraph.Server.Hosting;
using ChainGraph.Server.WarmUp;
using Microsoft.AspNetCore.Hosting.Server;

namespace ChainGraph.Server.Cli;

/// <summary><c>serve [--urls URL]</c>: the GraphQL service; also what <c>chaingraph</c> does with no verb.</summary>
internal static class ServeCommand
{
    public static Option<string?> Urls { get; } = new("--urls")
    {
        Description = $"Addresses to listen on (default {ListenAddresses.Default}, unless ASPNETCORE_URLS or ASPNETCORE_HTTP_PORTS says otherwise, as in the container image)",
    };

    public static Command Create()
    {
        var command = new Command("serve", "Run the GraphQL service (GraphiQL at /graphql)") { Urls };
        command.SetAction(RunAsync);
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>();
        if (ListenAddresses.Choose(parse.GetValue(Urls), StoreOpener.LoadConfiguration()) is { } urls)
        {
            settings["urls"] = urls;
        }
        if (parse.GetValue(CliOptions.Database) is { } db)
        {
            settings["ChainGraph:Embedded:Path"] = db;
        }
        await using var app = ChainGraphWebApp.Build(settings);
        // starting opens the store (the seeding service takes it): the load runs under the executable's GC tuning
        using (var load = StoreLoadGcScope.ForService(app.Services))
        {
            if (app.Services.GetRequiredService<IServer>() is WarmingServer warming)
            {
                // the store is open when the warm-up starts: collect the load's garbage then, not under the first requests
                warming.BeforeWarmUp = load.EndBeforeListening;
            }
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested || app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested)
            {
                // asked to stop (Ctrl+C, SIGTERM) while starting, during the seeding or the warm-up: a stop, not a crash
                return CliExit.Ok;
            }
        }
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return CliExit.Ok;
    }
}
