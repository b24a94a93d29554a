using System.CommandLine;
using System.Globalization;
using System.Text;
using ChainGraph.Store.Embedded;

namespace ChainGraph.Bench;

/// <summary>
/// <c>chaingraph-bench oneshot [--sizes 1000,100000] [--exe PATH] [--runs 7]</c>: the same command-line questions
/// (gaps, coverage, targets for the busiest segment and for a leaf, pipeline) asked of stores of each size, each a
/// fresh <c>chaingraph</c> process as a user runs it, the sizes taken in turn so that the machine's drift hits all of
/// them. Reports the median wall time and peak memory per size and the ratio of each size to the smallest. The
/// questions are picked on the largest store (its busiest city and chain) and asked unchanged of every size: the
/// generator gives every size the same regions, chains and segments.
/// </summary>
internal static class OneShotCommand
{
    public static Command Create()
    {
        var sizes = new Option<string>("--sizes") { Description = "Comma-separated company counts, smallest first", DefaultValueFactory = _ => "1000,100000" };
        var work = new Option<DirectoryInfo>("--work") { Description = "Folder for generated data and stores", DefaultValueFactory = _ => new DirectoryInfo("artifacts/bench") };
        var exe = new Option<FileInfo?>("--exe") { Description = "The chaingraph executable to run (e.g. a ReadyToRun publish); default: dotnet chaingraph.dll beside the harness" };
        var runs = new Option<int>("--runs") { Description = "Runs of each question per size", DefaultValueFactory = _ => 7 };
        var report = new Option<FileInfo?>("--report") { Description = "Also write the Markdown report to this file" };
        var command = new Command("oneshot", "Time one-shot command-line questions on stores of several sizes") { sizes, work, exe, runs, report };
        command.SetAction(async (parse, ct) =>
        {
            var counts = parse.GetValue(sizes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            var folder = parse.GetValue(work)!.FullName;
            Directory.CreateDirectory(folder);
            var stores = new Dictionary<int, string>();
            foreach (var n in counts)
            {
                stores[n] = await EnsureStoreAsync(folder, n, ct).ConfigureAwait(false) ?? "";
                if (stores[n].Length == 0)
                {
                    return BenchExit.Failure;
                }
            }
            var questions = await PickQuestionsAsync(stores[counts.Max()], ct).ConfigureAwait(false);
            ChildProcess.UseChaingraph(parse.GetValue(exe));
            var times = new Dictionary<(string, int), List<(double Ms, double? PeakMb)>>();
            for (var run = 0; run < parse.GetValue(runs); run++)
            {
                foreach (var (name, args) in questions)
                {
                    foreach (var n in counts)
                    {
                        var (exit, error, ms, peak) = await RunAsync([.. args, "--db", stores[n]], ct).ConfigureAwait(false);
                        if (exit != 0)
                        {
                            Console.Error.WriteLine($"bench: {name} on {n} companies failed: {error}");
                            return BenchExit.Failure;
                        }
                        (times.TryGetValue((name, n), out var list) ? list : times[(name, n)] = []).Add((ms, peak));
                    }
                }
            }
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {ChildProcess.Chaingraph}, {parse.GetValue(runs)} runs per question and size (median wall time, peak RSS).");
            text.AppendLine();
            text.AppendLine("| question | " + string.Join(" | ", counts.Select(n => $"{n:N0} companies")) + " | " + string.Join(" | ", counts.Skip(1).Select(n => $"{n:N0} / {counts[0]:N0}")) + " |");
            text.AppendLine("|---|" + string.Concat(counts.Select(_ => "---:|")) + string.Concat(counts.Skip(1).Select(_ => "---:|")));
            foreach (var (name, args) in questions)
            {
                double Median(int n) => Middle(times[(name, n)].Select(t => t.Ms));
                var cells = counts.Select(n => string.Create(CultureInfo.InvariantCulture, $"{Median(n):0} ms, {Middle(times[(name, n)].Select(t => t.PeakMb ?? 0)):0} MB"));
                var ratios = counts.Skip(1).Select(n => string.Create(CultureInfo.InvariantCulture, $"{Median(n) / Median(counts[0]):0.00}x"));
                text.AppendLine(CultureInfo.InvariantCulture, $"| `{string.Join(' ', args)}` | {string.Join(" | ", cells)} | {string.Join(" | ", ratios)} |");
            }
            Console.WriteLine(text.ToString());
            if (parse.GetValue(report) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, text.ToString(), ct).ConfigureAwait(false);
            }
            return BenchExit.Ok;
        });
        return command;
    }

    private static async Task<string?> EnsureStoreAsync(string folder, int n, CancellationToken ct)
    {
        var data = Path.Combine(folder, $"data-{n}");
        var db = Path.Combine(folder, $"store-{n}.db");
        if (File.Exists(db))
        {
            return db;
        }
        if (!await BenchCommand.GenerateAsync(data, n, ct).ConfigureAwait(false))
        {
            return null;
        }
        var import = await ChildProcess.RunAsync(ChildProcess.Chaingraph, ["import", data, "--db", db], ct).ConfigureAwait(false);
        if (import.Exit != 0)
        {
            Console.Error.WriteLine($"bench: import of {n} companies failed: {import.Error}");
            return null;
        }
        return db;
    }

    /// <summary>The questions, picked on the largest store: its busiest city and chain, the segment with the most candidates there, and that chain's leaf with the most.</summary>
    private static async Task<List<(string Name, string[] Args)>> PickQuestionsAsync(string db, CancellationToken ct)
    {
        using var store = EmbeddedGraphStore.Open(db);
        var picks = await BusiestPicks.FindAsync(store, ct).ConfigureAwait(false);
        var segments = await store.GetSegmentsAsync(ct).ConfigureAwait(false);
        var parents = segments.Where(s => s.ParentId is not null).Select(s => s.ParentId!).ToHashSet(StringComparer.Ordinal);
        var chain = segments.Single(s => s.Id == picks.TargetSegment).ChainId;
        var leaf = ("", -1);
        foreach (var segment in segments.Where(s => s.ChainId == chain && !parents.Contains(s.Id)))
        {
            var count = (await store.GetRecruitCandidatesAsync(picks.City, segment.Id, [], ct).ConfigureAwait(false)).Count();
            if (count > leaf.Item2)
            {
                leaf = (segment.Id, count);
            }
        }
        return
        [
            ("gaps", ["gaps", "--region", picks.City, "--chain", chain]),
            ("coverage", ["coverage", "--region", picks.City, "--chain", chain]),
            ("targets", ["targets", "--region", picks.City, "--segment", picks.TargetSegment]),
            ("targets-leaf", ["targets", "--region", picks.City, "--segment", leaf.Item1]),
            ("pipeline", ["pipeline", "--region", picks.City]),
        ];
    }

    private static async Task<(int Exit, string Error, double Ms, double? PeakMb)> RunAsync(string[] args, CancellationToken ct)
    {
        var r = await ChildProcess.RunAsync(ChildProcess.Chaingraph, args, ct).ConfigureAwait(false);
        return (r.Exit, r.Error, r.Wall.TotalMilliseconds, r.PeakMb);
    }

    private static double Middle(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
