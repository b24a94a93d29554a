using System.CommandLine;
using ChainGraph.Store.Embedded;

namespace ChainGraph.Server.Cli;

/// <summary><c>backup --to FILE</c>: a consistent copy of the embedded store, safe while the service writes.</summary>
internal static class BackupCommand
{
    public static Command Create()
    {
        var to = new Option<FileInfo>("--to") { Description = "The backup file to write (must not exist)", Required = true };
        var command = new Command("backup", "Copy the embedded store into one file, safely while the service runs") { to };
        command.SetAction((parse, ct) =>
        {
            var path = StoreOpener.DatabasePath(parse);
            if (!File.Exists(path))
            {
                throw new CliInputException($"there is no store at {Path.GetFullPath(path)}: check --db (or ChainGraph:Embedded:Path)");
            }
            var target = parse.GetValue(to)!;
            // checked and copied without loading the store, unless its image is behind its rows
            var version = EmbeddedGraphStore.BackupFile(path, target.FullName);
            Console.WriteLine($"backed up {Path.GetFullPath(path)} (data version {version}) to {target.FullName}");
            return Task.FromResult(CliExit.Ok);
        });
        return command;
    }
}
