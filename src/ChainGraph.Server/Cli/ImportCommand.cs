using System.CommandLine;
using ChainGraph.Domain.Store;
using ChainGraph.Import;
using ChainGraph.Store.Embedded;

namespace ChainGraph.Server.Cli;

/// <summary><c>import DIR [--replace]</c>: validates a data set folder, then writes it all or not at all.</summary>
internal static class ImportCommand
{
    /// <summary>
    /// From how many companies the import writes the index image by default: below it, the service's first start builds
    /// the indexes in about a second; at a million companies building them there took 5 s more than reading their image.
    /// </summary>
    public const int IndexImageFromCompanies = 250_000;

    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("DIR") { Description = "Data set folder (CSV or .xlsx files as in docs/import-format.md)" };
        var replace = new Option<bool>("--replace") { Description = "Empty the store before importing" };
        var indexImage = new Option<string>("--index-image")
        {
            Description = $"After the commit, build the question indexes and store their image, so that the service's next start reads them: auto (default: for stores of {IndexImageFromCompanies:N0} companies or more), always, never",
            DefaultValueFactory = _ => "auto",
        };
        var command = new Command("import", "Import a data set folder into the store (upsert by key; all or nothing)") { folder, replace, indexImage };
        command.SetAction(async (parse, ct) =>
        {
            var dir = parse.GetValue(folder)!;
            var indexes = parse.GetValue(indexImage)?.ToLowerInvariant() switch
            {
                "auto" => (bool?)null,
                "always" => true,
                "never" => false,
                var other => throw new CliInputException($"--index-image must be auto, always or never, not '{other}'"),
            };
            if (!dir.Exists)
            {
                await Console.Error.WriteLineAsync($"import: folder '{dir.FullName}' does not exist").ConfigureAwait(false);
                return CliExit.BadInput;
            }
            // the import checks keys and writes rows, the graph image and the site key lists: no question's indexes (a large
            // store's are built after the commit, for their image: WriteIndexImage). The
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
                var store = (await opening.ConfigureAwait(false)).Store;
                var stats = await store.GetStatsAsync(ct).ConfigureAwait(false);
                StatsCommand.Print(stats);
                if (store is EmbeddedGraphStore embedded && (indexes ?? stats.Companies >= IndexImageFromCompanies))
                {
                    WriteIndexImage(embedded);
                }
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

    /// <summary>
    /// Builds the indexes of the store as imported and writes their image (the rows are committed already: an interrupted
    /// or failed build leaves the store whole, and the service builds the indexes at its first start instead).
    /// </summary>
    private static void WriteIndexImage(EmbeddedGraphStore store)
    {
        Progress("building the question indexes for the next start");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Console.WriteLine(store.WriteIndexImage()
            ? $"index image written in {clock.Elapsed.TotalSeconds:0.0} s: the next start reads the indexes instead of building them"
            : "index image not written: the next start builds the indexes");
    }

    /// <summary>The store of a store being opened, with the opening's own failure (not wrapped).</summary>
    private static async Task<IGraphStore> StoreOf(Task<OpenedStore> opening) => (await opening.ConfigureAwait(false)).Store;

    private static void Progress(string step)
    {
        Console.WriteLine(step);
        Console.Out.Flush();
    }
}
