using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ChainGraph.Store.Embedded;

namespace ChainGraph.Bench;

/// <summary>
/// <c>chaingraph-bench [--sizes 10000,100000] [--work DIR] [--http] [--report FILE]</c>: generates data sets, and
/// for each size measures the import, re-opening the store, resident memory and the engine in fresh processes;
/// with <c>--http</c> also the service over loopback. Prints a Markdown report.
/// </summary>
internal static class BenchCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = Create();
        root.Subcommands.Add(OpenProbeCommand.Create());
        root.Subcommands.Add(DuckDbLoadCommand.Create());
        root.Subcommands.Add(OneShotCommand.Create());
        root.Subcommands.Add(WriteProbeCommand.Create());
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            await Console.Error.WriteLineAsync($"chaingraph-bench: {parse.Errors[0].Message} (see 'chaingraph-bench --help')").ConfigureAwait(false);
            return BenchExit.BadInput;
        }
        return await parse.InvokeAsync().ConfigureAwait(false);
    }

    private static RootCommand Create()
    {
        var sizes = new Option<string>("--sizes") { Description = "Comma-separated company counts", DefaultValueFactory = _ => "10000,100000" };
        var work = new Option<DirectoryInfo>("--work") { Description = "Folder for generated data and stores", DefaultValueFactory = _ => new DirectoryInfo("artifacts/bench") };
        var http = new Option<bool>("--http") { Description = "Also load the service over HTTP (largest size only)" };
        var report = new Option<FileInfo?>("--report") { Description = "Also write the Markdown report to this file" };
        var duckdb = new Option<bool>("--duckdb") { Description = "Also load the same CSV files into DuckDB, for an import ratio on this machine" };
        var exe = new Option<FileInfo?>("--exe") { Description = "The chaingraph executable to run (e.g. a ReadyToRun publish); default: dotnet chaingraph.dll beside the harness" };
        var command = new RootCommand("ChainGraph benchmark: measure import, re-open, memory and query speed on generated data") { sizes, work, http, report, duckdb, exe };
        command.SetAction(async (parse, ct) =>
        {
            ChildProcess.UseChaingraph(parse.GetValue(exe));
            var counts = parse.GetValue(sizes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            var folder = parse.GetValue(work)!.FullName;
            Directory.CreateDirectory(folder);
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; chaingraph run as `{ChildProcess.Chaingraph}`.");
            text.AppendLine();
            text.AppendLine("| companies | rows | import | import peak RSS | re-open | open store RSS | gaps p50 (country / province / city) | coverage p50 (country / province / city) | targets p50 (city) |");
            text.AppendLine("|---:|---:|---:|---:|---:|---:|---|---|---|");
            var notes = new StringBuilder();
            foreach (var n in counts)
            {
                var row = await MeasureSizeAsync(folder, n, notes, parse.GetValue(duckdb), ct).ConfigureAwait(false);
                if (row is null)
                {
                    return BenchExit.Failure;
                }
                text.AppendLine(row);
                Console.Error.WriteLine(row);
            }
            text.AppendLine();
            text.Append(notes);
            if (parse.GetValue(http))
            {
                text.AppendLine();
                text.Append(await MeasureHttpAsync(folder, counts.Max(), ct).ConfigureAwait(false));
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

    private static async Task<string?> MeasureSizeAsync(string folder, int n, StringBuilder notes, bool duckdb, CancellationToken ct)
    {
        var data = Path.Combine(folder, $"data-{n}");
        if (!await GenerateAsync(data, n, ct).ConfigureAwait(false))
        {
            return null;
        }
        var db = Path.Combine(folder, $"store-{n}.db");
        DeleteStore(db);
        var import = await ChildProcess.RunAsync(ChildProcess.Chaingraph, ["import", data, "--db", db], ct).ConfigureAwait(false);
        if (import.Exit != 0)
        {
            Console.Error.WriteLine($"bench: import of {n} companies failed: {import.Error}");
            return null;
        }
        var rows = import.Output.Split('\n').FirstOrDefault(l => l.StartsWith("imported", StringComparison.Ordinal))?.Split(' ')[1] ?? "?";
        if (duckdb)
        {
            var load = await ChildProcess.RunAsync(ChildProcess.Self, ["duckdb-load", "--data", data, "--db", Path.Combine(folder, $"duckdb-{n}.duckdb")], ct).ConfigureAwait(false);
            if (load.Exit != 0)
            {
                Console.Error.WriteLine($"bench: DuckDB load of {n} companies failed: {load.Error}");
                return null;
            }
            using var loaded = JsonDocument.Parse(load.Output.Trim().Split('\n')[^1]);
            notes.AppendLine(CultureInfo.InvariantCulture,
                $"- {n:N0} companies, the same CSV files into DuckDB (`duckdb-load`, a fresh process, CREATE TABLE AS read_csv and a CHECKPOINT): {load.Wall.TotalSeconds:0.00} s wall, {load.PeakMb:0} MB peak RSS, {loaded.RootElement.GetProperty("rows").GetInt64():N0} rows; chaingraph import / DuckDB load = {import.Wall.TotalSeconds / load.Wall.TotalSeconds:0.0}x.");
        }
        var probe = await ChildProcess.RunAsync(ChildProcess.Self, ["open", "--db", db], ct).ConfigureAwait(false);
        if (probe.Exit != 0)
        {
            Console.Error.WriteLine($"bench: probe of {n} companies failed: {probe.Error}");
            return null;
        }
        using var json = JsonDocument.Parse(probe.Output.Trim().Split('\n')[^1]);
        var r = json.RootElement;
        var picks = r.GetProperty("picks");
        notes.AppendLine(CultureInfo.InvariantCulture,
            $"- {n:N0} companies: chain `{picks.GetProperty("Chain").GetString()}`; busiest province `{picks.GetProperty("Province").GetString()}`, busiest city `{picks.GetProperty("City").GetString()}` ({picks.GetProperty("CityCompanies").GetInt32():N0} local companies); targets for `{picks.GetProperty("TargetSegment").GetString()}` ({picks.GetProperty("Candidates").GetInt32():N0} candidates). Full latencies: gaps city {Describe(r, "gaps.city")}; targets {Describe(r, "targets.city")}. Collections while opening (gen0 / gen1 / gen2): {r.GetProperty("openGen0").GetInt32()} / {r.GetProperty("openGen1").GetInt32()} / {r.GetProperty("openGen2").GetInt32()}, {r.GetProperty("openGcPauseMs").GetDouble():0} ms paused.");
        // the steady p50 of this process: the warmed process's own p50 would be measured after the same warm-up
        string First(JsonElement calls, string question, string steady)
        {
            var times = calls.GetProperty(question).EnumerateArray().Select(t => t.GetDouble()).ToArray();
            var p50 = r.GetProperty(steady).GetProperty("P50").GetDouble();
            return string.Create(CultureInfo.InvariantCulture, $"{question.Split('.')[^1]} {string.Join(" / ", times.Select(t => t.ToString("0.00", CultureInfo.InvariantCulture)))} ms (first {times[0] / p50:0.0}x, second to eighth at most {times.Skip(1).Max() / p50:0.0}x the steady p50)");
        }
        notes.AppendLine(CultureInfo.InvariantCulture,
            $"- {n:N0} companies, the first eight calls after opening (city; no warm-up): {First(r, "first.gaps", "gaps.city")}; {First(r, "first.coverage", "coverage.city")}; {First(r, "first.targets", "targets.city")}. The same gaps question after a second idle in a process that has answered it many times: {First(r, "idle.gaps", "gaps.city")}.");
        var warmed = await ChildProcess.RunAsync(ChildProcess.Self, ["open", "--db", db, "--warm-up", "--iterations", "200"], ct).ConfigureAwait(false);
        if (warmed.Exit != 0)
        {
            Console.Error.WriteLine($"bench: warmed probe of {n} companies failed: {warmed.Error}");
            return null;
        }
        using (var warmedJson = JsonDocument.Parse(warmed.Output.Trim().Split('\n')[^1]))
        {
            var w = warmedJson.RootElement;
            notes.AppendLine(CultureInfo.InvariantCulture,
                $"- {n:N0} companies, opened a second time (the first open after the import built the indexes and then wrote their index image; this one reads it): {w.GetProperty("openMs").GetDouble() / 1000:0.00} s, {w.GetProperty("rssMb").GetDouble():0} MB resident.");
            notes.AppendLine(CultureInfo.InvariantCulture,
                $"- {n:N0} companies, the first eight calls after the warm-up `serve` runs before it listens ({w.GetProperty("warmUpMs").GetDouble():0} ms, {w.GetProperty("warmUpRounds").GetInt32()} rounds, settled: {w.GetProperty("warmUpSettled").GetBoolean()}), in a fresh process: {First(w, "first.gaps", "gaps.city")}; {First(w, "first.coverage", "coverage.city")}; {First(w, "first.targets", "targets.city")}.");
        }
        if (await MeasureWritesAsync(folder, db, n, ct).ConfigureAwait(false) is not { } writes)
        {
            return null;
        }
        notes.AppendLine(writes);
        string P50(string key) => r.GetProperty(key).GetProperty("P50").GetDouble().ToString("0.000", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {n:N0} | {rows} | {import.Wall.TotalSeconds:0.00} s | {import.PeakMb:0} MB | {r.GetProperty("openMs").GetDouble() / 1000:0.00} s | {r.GetProperty("rssMb").GetDouble():0} MB | {P50("gaps.country")} / {P50("gaps.province")} / {P50("gaps.city")} ms | {P50("coverage.country")} / {P50("coverage.province")} / {P50("coverage.city")} ms | {P50("targets.city")} ms |");
    }

    /// <summary>Deletes a store file and the files SQLite and the store keep beside it.</summary>
    private static void DeleteStore(string path)
    {
        foreach (var f in new[] { path, path + "-wal", path + "-shm", path + "-state" })
        {
            File.Delete(f);
        }
    }

    /// <summary>Small writes timed on a copy of the store (<see cref="WriteProbeCommand"/>), as a line of the notes; null when that fails.</summary>
    private static async Task<string?> MeasureWritesAsync(string folder, string db, int n, CancellationToken ct)
    {
        var copy = Path.Combine(folder, $"writes-{n}.db");
        DeleteStore(copy);
        File.Copy(db, copy);
        try
        {
            var probe = await ChildProcess.RunAsync(ChildProcess.Self, ["writes", "--db", copy], ct).ConfigureAwait(false);
            if (probe.Exit != 0)
            {
                Console.Error.WriteLine($"bench: writes into {n} companies failed: {probe.Error}");
                return null;
            }
            using var json = JsonDocument.Parse(probe.Output.Trim().Split('\n')[^1]);
            string Kind(string key, string label)
            {
                var e = json.RootElement.GetProperty(key);
                return string.Create(CultureInfo.InvariantCulture, $"{label} {e.GetProperty("P50").GetDouble():0} / {e.GetProperty("Max").GetDouble():0} ms");
            }
            return string.Create(CultureInfo.InvariantCulture,
                $"- {n:N0} companies, small writes into the open store (one row each, until committed and indexed, each after the background graph image of the one before; p50 / max of six): {Kind("companyName", "company renamed")}; {Kind("companyTag", "credential tag")}; {Kind("anchorTag", "anchor tag")}; {Kind("siteCoordinates", "site coordinates")}; {Kind("siteMoved", "site moved to another region")}; {Kind("siteAdded", "site added")}; {Kind("parentChanged", "parent changed")}; {Kind("companyAdded", "company added")}; {Kind("companyWithSite", "company added with a site")}.");
        }
        finally
        {
            DeleteStore(copy);
        }
    }

    /// <summary>Writes the generated data set of <paramref name="n"/> companies (seed 42) into <paramref name="data"/> unless it is there; false when that fails.</summary>
    internal static async Task<bool> GenerateAsync(string data, int n, CancellationToken ct)
    {
        if (File.Exists(Path.Combine(data, "projects.csv")))
        {
            return true;
        }
        var generate = await ChildProcess.RunAsync(ChildProcess.Chaingraph, ["generate", "--companies", n.ToString(CultureInfo.InvariantCulture), "--out", data, "--seed", "42"], ct).ConfigureAwait(false);
        if (generate.Exit != 0)
        {
            Console.Error.WriteLine($"bench: generating {n} companies failed: {generate.Error}");
        }
        return generate.Exit == 0;
    }

    private static string Describe(JsonElement r, string key)
    {
        var e = r.GetProperty(key);
        return string.Create(CultureInfo.InvariantCulture, $"p50 {e.GetProperty("P50").GetDouble():0.000} / p90 {e.GetProperty("P90").GetDouble():0.000} / p99 {e.GetProperty("P99").GetDouble():0.000} ms");
    }

    private static async Task<string> MeasureHttpAsync(string folder, int n, CancellationToken ct)
    {
        var db = Path.Combine(folder, $"store-{n}.db");
        var picks = await PicksAsync(db, ct).ConfigureAwait(false);
        var body = HttpLoad.Body(new { query = "query($r: ID!, $c: ID!) { chainGaps(regionCode: $r, chainId: $c) { kind segment { id nameZh } reasons { direction anchor { id } via { id } } } }", variables = new { r = picks.City, c = picks.Chain } });
        // the first requests after a start, a second after the service listens: with the warm-up off, then on
        var cold = await FirstRequestsAsync(db, body, warmUp: false, ct).ConfigureAwait(false);
        var warm = await FirstRequestsAsync(db, body, warmUp: true, ct).ConfigureAwait(false);
        var (server, client) = await StartServiceAsync(db, warmUp: true, ct).ConfigureAwait(false);
        try
        {
            var single = await HttpLoad.SingleClientAsync(client, body, 2000, ct).ConfigureAwait(false);
            var (rps, requests, errors) = await HttpLoad.ConcurrentAsync(client, body, 16, TimeSpan.FromSeconds(15), ct).ConfigureAwait(false);
            var wrk = await HttpLoad.WrkAsync(client.BaseAddress!, body, 16, TimeSpan.FromSeconds(15), ct).ConfigureAwait(false);
            string Times(double[] times) => string.Join(" / ", times.Select(t => t.ToString("0.00", CultureInfo.InvariantCulture)));
            var byWrk = wrk is { } w
                ? string.Create(CultureInfo.InvariantCulture, $"; the same 16 connections from `wrk` (one thread): {w.RequestsPerSecond:0} requests/s ({w.Requests:N0} requests, {w.Failed} failed)")
                : " (`wrk` is not installed: no second measurement with a lighter client)";
            return string.Create(CultureInfo.InvariantCulture,
                $"Over HTTP ({n:N0} companies, `chainGaps` for city `{picks.City}` with segment names and reasons, loopback, client in a separate process): one client {single}; 16 concurrent clients of this harness for 15 s: {rps:0} requests/s ({requests:N0} requests, {errors} errors){byWrk}. The first eight requests of a new client a second after `serve` listens: without the warm-up {Times(cold)} ms; with it {Times(warm)} ms (first {warm[0] / single.P50:0.0}x, second to eighth at most {warm.Skip(1).Max() / single.P50:0.0}x the one-client p50).\n");
        }
        finally
        {
            await StopAsync(server, client, ct).ConfigureAwait(false);
        }
    }

    private static async Task<double[]> FirstRequestsAsync(string db, byte[] body, bool warmUp, CancellationToken ct)
    {
        var (server, client) = await StartServiceAsync(db, warmUp, ct).ConfigureAwait(false);
        try
        {
            // the harness's own first POST (its client code) on another connection, with a document the service does not cache
            using (var other = new HttpClient { BaseAddress = client.BaseAddress })
            {
                await HttpLoad.PostAsync(other, new { query = "{ __typename }" }, ct).ConfigureAwait(false);
            }
            await Task.Delay(1000, ct).ConfigureAwait(false);
            return await Latency.FirstCallsAsync(() => HttpLoad.PostAsync(client, body, ct), 8).ConfigureAwait(false);
        }
        finally
        {
            await StopAsync(server, client, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Starts <c>chaingraph serve</c> on the store and waits until it says it is ready; the client has not sent a query yet.</summary>
    private static async Task<(Process Server, HttpClient Client)> StartServiceAsync(string db, bool warmUp, CancellationToken ct)
    {
        var port = FreePort();
        var environment = new Dictionary<string, string>
        {
            ["ChainGraph__RateLimit__PermitsPerSecond"] = "1000000",
            ["ChainGraph__RateLimit__Burst"] = "1000000",
            ["ChainGraph__Seed__OnFirstStart"] = "false",
            ["ChainGraph__WarmUp__Enabled"] = warmUp ? "true" : "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var server = Process.Start(ChildProcess.Of(ChildProcess.Chaingraph, ["serve", "--db", db, "--urls", $"http://127.0.0.1:{port}"], environment))!;
        _ = server.StandardOutput.ReadToEndAsync(ct);
        _ = server.StandardError.ReadToEndAsync(ct);
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        // readiness is asked on a connection of its own, so the client's first query opens a new one as a user's would
        using var probe = new HttpClient { BaseAddress = client.BaseAddress };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var ready = await probe.GetAsync(new Uri("/health/ready", UriKind.Relative), ct).ConfigureAwait(false);
                if (ready.IsSuccessStatusCode)
                {
                    return (server, client);
                }
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(120) && !server.HasExited)
            {
            }
            await Task.Delay(200, ct).ConfigureAwait(false);
        }
    }

    private static async Task StopAsync(Process server, HttpClient client, CancellationToken ct)
    {
        client.Dispose();
        server.Kill(entireProcessTree: true);
        await server.WaitForExitAsync(ct).ConfigureAwait(false);
        server.Dispose();
    }

    private static async Task<BusiestPicks> PicksAsync(string db, CancellationToken ct)
    {
        using var store = EmbeddedGraphStore.Open(db);
        return await BusiestPicks.FindAsync(store, ct).ConfigureAwait(false);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
