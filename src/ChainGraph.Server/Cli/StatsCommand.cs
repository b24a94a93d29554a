using System.CommandLine;
using ChainGraph.Domain.Model;

namespace ChainGraph.Server.Cli;

/// <summary><c>stats</c>: counts of every entity and relation in the store.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", "Count every entity and relation in the store");
        command.SetAction(async (parse, ct) =>
        {
            using var opened = StoreOpener.OpenForQuestion(parse);
            var store = opened.Store;
            Print(await store.GetStatsAsync(ct).ConfigureAwait(false));
            return CliExit.Ok;
        });
        return command;
    }

    public static void Print(GraphStats stats)
    {
        foreach (var (name, count) in stats.Rows)
        {
            Console.WriteLine($"{name,-14} {count,10}");
        }
    }
}
