using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using ChainGraph.Domain.Analysis;
using ChainGraph.Server.Cli;
using ChainGraph.Store.Embedded;

namespace ChainGraph.Server.Bench;

/// <summary>
/// <c>bench-open --db PATH</c> (hidden; run by <c>bench</c> in a fresh process): opens the store, reports the
/// time and the resident memory once idle, then times the engine in process on the busiest region.
/// </summary>
internal static class OpenProbeCommand
{
    public static Command Create()
    {
        var iterations = new Option<int>("--iterations") { DefaultValueFactory = _ => 2000 };
        var command = new Command("bench-open", "Measure opening a store and the engine in process (used by bench)") { iterations };
        command.Hidden = true;
        command.SetAction(async (parse, ct) =>
        {
            var clock = Stopwatch.StartNew();
            using var store = EmbeddedGraphStore.Open(StoreOpener.DatabasePath(parse));
            var openMs = clock.Elapsed.TotalMilliseconds;
            // let the background collection that follows the load finish, then read the resident set
            await Task.Delay(3000, ct).ConfigureAwait(false);
            var (rss, _) = ProcessMemory.Read(Environment.ProcessId);

            var picks = await BusiestPicks.FindAsync(store, ct).ConfigureAwait(false);
            var engine = new ChainEngine(store);
            var n = parse.GetValue(iterations);
            var results = new Dictionary<string, object?>
            {
                ["openMs"] = openMs,
                ["rssMb"] = rss,
                ["managedMb"] = GC.GetTotalMemory(false) / 1048576.0,
                ["picks"] = picks,
            };
            foreach (var (label, region) in new[] { ("country", picks.Country), ("province", picks.Province), ("city", picks.City) })
            {
                results[$"gaps.{label}"] = await Latency.MeasureAsync(async () => await engine.GapsAsync(region, picks.Chain, 2, ct), 200, n);
                results[$"coverage.{label}"] = await Latency.MeasureAsync(async () => await engine.CoverageAsync(region, picks.Chain, 2, ct), 200, n);
            }
            results["targets.city"] = await Latency.MeasureAsync(async () => await engine.TargetsAsync(picks.City, picks.TargetSegment, 20, null, RecruitScope.New, ct), 50, Math.Max(50, n / 4));
            Console.WriteLine(JsonSerializer.Serialize(results));
            return CliExit.Ok;
        });
        return command;
    }
}
