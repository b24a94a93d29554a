using System.CommandLine;
using ChainGraph.Domain.Store;
using ChainGraph.Import;
using ChainGraph.Store.Embedded;

namespace ChainGraph.Server.Cli;

/// <summary><c>import DIR [--replace]</c>: validates a data set folder, then writes it all or not at all.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("DIR") { Description = "Data set folder (CSV or .xlsx files as in docs/import-format.md)" };
        var replace = new Option<bool>("--replace") { Description = "Empty the store before importing" };
        var command = new Command("import", "Import a data set folder into the store (upsert by key; all or nothing)") { folder, replace };
        command.SetAction(async (parse, ct) =>
        {
            var dir = parse.GetValue(folder)!;
            if (!dir.Exists)
            {
                await Console.Error.WriteLineAsync($"import: folder '{dir.FullName}' does not exist").ConfigureAwait(false);
                return CliExit.BadInput;
            }
            // the import checks keys and writes rows, the graph image and the site key lists: no question's indexes. The
            // store is opened (or made) while the folder's first files are read; the import waits for it to stage them.
            var opening = Task.Run(() => StoreOpener.Open(parse, create: true, indexes: IndexTiming.WhenAsked), CancellationToken.None);
            try
            {
                var result = await DataSetImporter.RunAsync(dir.FullName, CliOptions.CsvEncoding(parse), StoreOf(opening), parse.GetValue(replace), apply: true, Progress, ct).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    await ProblemPrinter.PrintAsync(result.Problems).ConfigureAwait(false);
                    await Console.Error.WriteLineAsync($"import: {result.Problems.Count} problem(s); nothing was written").ConfigureAwait(false);
                    return CliExit.BadInput;
                }
                Console.WriteLine($"imported {result.Rows} rows from {dir.FullName}");
                StatsCommand.Print(await (await opening.ConfigureAwait(false)).Store.GetStatsAsync(ct).ConfigureAwait(false));
                return CliExit.Ok;
            }
            finally
            {
                // however the import ended (the store is opened even when the folder turned out unreadable first)
                await opening.ContinueWith(static t =>
                {
                    if (t.IsCompletedSuccessfully)
                    {
                        t.Result.Dispose();
                    }
                }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
            }
        });
        return command;
    }

    /// <summary>The store of a store being opened, with the opening's own failure (not wrapped).</summary>
    private static async Task<IGraphStore> StoreOf(Task<OpenedStore> opening) => (await opening.ConfigureAwait(false)).Store;

    private static void Progress(string step)
    {
        Console.WriteLine(step);
        Console.Out.Flush();
    }
}
