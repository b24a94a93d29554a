using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using ChainGraph.Domain.Analysis;
using ChainGraph.Server.Hosting;
using ChainGraph.Store.Embedded;

namespace ChainGraph.Bench;

/// <summary>
/// <c>open --db PATH</c> (hidden; run by the benchmark in a fresh process): opens the store, reports the time,
/// the collections it took and the resident memory once idle, then times the engine in process on the busiest
/// region.
/// </summary>
internal static class OpenProbeCommand
{
    public static Command Create()
    {
        var database = new Option<string>("--db") { Description = "Path of the embedded store file", Required = true };
        var iterations = new Option<int>("--iterations") { DefaultValueFactory = _ => 2000 };
        var bare = new Option<bool>("--without-host-gc") { Description = "Open the store without the chaingraph executable's start-up GC tuning" };
        var warm = new Option<bool>("--warm-up") { Description = "Warm the engine up as the service does at start before the first calls are timed" };
        var command = new Command("open", "Measure opening a store and the engine in process (run by the benchmark)") { database, iterations, bare, warm };
        command.Hidden = true;
        command.SetAction(async (parse, ct) =>
        {
            var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var path = parse.GetValue(database)!;
            var clock = Stopwatch.StartNew();
            EmbeddedGraphStore store;
            // as the chaingraph executable opens it (StoreOpener, serve), unless asked for the store alone
            using (parse.GetValue(bare) ? null : StoreLoadGcScope.ForFile(path))
            {
                store = EmbeddedGraphStore.Open(path);
            }
            using var opened = store;
            var openMs = clock.Elapsed.TotalMilliseconds;
            var opening = new Dictionary<string, object?>
            {
                ["hostGc"] = !parse.GetValue(bare),
                ["openGen0"] = GC.CollectionCount(0) - gen0,
                ["openGen1"] = GC.CollectionCount(1) - gen1,
                ["openGen2"] = GC.CollectionCount(2) - gen2,
                ["openGcPauseMs"] = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds,
            };
            // let whatever the runtime does after the load settle, then read the resident set
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
            foreach (var (key, value) in opening)
            {
                results[key] = value;
            }
            if (parse.GetValue(warm))
            {
                // what `serve` does before it listens
                var warmUp = await EngineWarmUp.RunAsync(store, TimeSpan.FromSeconds(30), cancellationToken: ct).ConfigureAwait(false);
                results["warmUpMs"] = warmUp.Elapsed.TotalMilliseconds;
                results["warmUpRounds"] = warmUp.Rounds;
                results["warmUpSettled"] = warmUp.Settled;
            }
            // the first calls the process answers (without a warm-up: JIT at tier 0, cold caches)
            results["first.gaps"] = await Latency.FirstCallsAsync(async () => await engine.GapsAsync(picks.City, picks.Chain, 2, ct), 8);
            results["first.coverage"] = await Latency.FirstCallsAsync(async () => await engine.CoverageAsync(picks.City, picks.Chain, 2, ct), 8);
            results["first.targets"] = await Latency.FirstCallsAsync(async () => await engine.TargetsAsync(picks.City, picks.TargetSegment, 20, null, ChainGraph.Domain.Analysis.RecruitScope.New, ct), 8);
            // the same question after a second of idleness in a process that has answered it before: what any call pays
            // once the processor's caches hold other things (the floor for the first call after a start)
            await Latency.MeasureAsync(async () => await engine.GapsAsync(picks.City, picks.Chain, 2, ct), 50, 1).ConfigureAwait(false);
            await Task.Delay(1000, ct).ConfigureAwait(false);
            results["idle.gaps"] = await Latency.FirstCallsAsync(async () => await engine.GapsAsync(picks.City, picks.Chain, 2, ct), 8);
            foreach (var (label, region) in new[] { ("country", picks.Country), ("province", picks.Province), ("city", picks.City) })
            {
                results[$"gaps.{label}"] = await Latency.MeasureAsync(async () => await engine.GapsAsync(region, picks.Chain, 2, ct), 200, n);
                results[$"coverage.{label}"] = await Latency.MeasureAsync(async () => await engine.CoverageAsync(region, picks.Chain, 2, ct), 200, n);
            }
            results["targets.city"] = await Latency.MeasureAsync(async () => await engine.TargetsAsync(picks.City, picks.TargetSegment, 20, null, ChainGraph.Domain.Analysis.RecruitScope.New, ct), 50, Math.Max(50, n / 4));
            Console.WriteLine(JsonSerializer.Serialize(results));
            return BenchExit.Ok;
        });
        return command;
    }
}
