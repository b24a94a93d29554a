using System.CommandLine;
using ChainGraph.Import;

namespace ChainGraph.Server.Cli;

/// <summary><c>validate DIR</c>: checks a data set against the format and the store; writes nothing.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("DIR") { Description = "Data set folder" };
        var replace = new Option<bool>("--replace") { Description = "Check as if the store were emptied first (references must resolve inside the folder)" };
        var command = new Command("validate", "Check a data set folder; writes nothing") { folder, replace };
        command.SetAction(async (parse, ct) =>
        {
            var dir = parse.GetValue(folder)!;
            if (!dir.Exists)
            {
                await Console.Error.WriteLineAsync($"validate: folder '{dir.FullName}' does not exist").ConfigureAwait(false);
                return CliExit.BadInput;
            }
            using var opened = StoreOpener.OpenForChecking(parse, out var missing);
            if (missing is not null)
            {
                await Console.Error.WriteLineAsync($"validate: there is no store at {missing}: the folder is checked on its own (references must be inside it)").ConfigureAwait(false);
            }
            var store = opened.Store;
            var result = await DataSetImporter.RunAsync(dir.FullName, CliOptions.CsvEncoding(parse), store, parse.GetValue(replace), apply: false, cancellationToken: ct).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                await ProblemPrinter.PrintAsync(result.Problems).ConfigureAwait(false);
                await Console.Error.WriteLineAsync($"validate: {result.Problems.Count} problem(s)").ConfigureAwait(false);
                return CliExit.BadInput;
            }
            Console.WriteLine($"valid: {result.Rows} rows in {dir.FullName}");
            return CliExit.Ok;
        });
        return command;
    }
}
