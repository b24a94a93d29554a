using System.CommandLine;

namespace ChainGraph.Server.Cli;

/// <summary>The <c>chaingraph</c> command line: one verb per task, <c>serve</c> when no verb is given.</summary>
internal static class ChainGraphCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("ChainGraph: industrial-chain knowledge graph for investment promotion")
        {
            CliOptions.Database,
            CliOptions.Language,
            CliOptions.Encoding,
            ServeCommand.Urls,
        };
        root.SetAction(ServeCommand.RunAsync);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(BackupCommand.Create());
        foreach (var find in FindCommands.Create())
        {
            root.Subcommands.Add(find);
        }
        root.Subcommands.Add(GenerateCommand.Create());
        foreach (var query in QueryCommands.Create())
        {
            root.Subcommands.Add(query);
        }
        root.Subcommands.Add(HashKeyCommand.Create());
        root.Subcommands.Add(Mcp.McpCommand.Create());

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            await Console.Error.WriteLineAsync($"chaingraph: {parse.Errors[0].Message} (see 'chaingraph --help')").ConfigureAwait(false);
            return CliExit.BadInput;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (Exception e) when (e is CliInputException or Domain.BadArgumentException)
        {
            await Console.Error.WriteLineAsync("chaingraph: " + e.Message).ConfigureAwait(false);
            return CliExit.BadInput;
        }
        catch (Exception e) when (CliFailure.Describe(e) is { } message)
        {
            await Console.Error.WriteLineAsync("chaingraph: " + message).ConfigureAwait(false);
            return CliExit.Failure;
        }
    }
}
