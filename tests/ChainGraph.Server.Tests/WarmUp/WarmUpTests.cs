using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ChainGraph.Server.Tests.Cli;
using ChainGraph.TestSupport;

namespace ChainGraph.Server.Tests.WarmUp;

/// <summary>The real executable warms up before it listens, says so in its log, and never keeps a service from starting.</summary>
public sealed class WarmUpTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Serve_warms_up_through_its_own_pipeline_before_it_listens()
    {
        var port = LoopbackPort.Free();
        var info = Chaingraph.StartInfo("serve", "--db", _folder.File("cg.db"));
        info.Environment["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["ChainGraph__Seed__Path"] = Repo.Fixture("mini");
        var (log, process) = await StartUntilListeningAsync(info);
        using (process)
        {
            try
            {
                var warmed = log.FindIndex(l => l.Contains("Warmed up in", StringComparison.Ordinal));
                var listening = log.FindIndex(l => l.Contains("Now listening", StringComparison.Ordinal));
                Assert.True(warmed >= 0, "no warm-up in the log:\n" + string.Join('\n', log));
                Assert.True(warmed < listening, "the warm-up ran after the server listened:\n" + string.Join('\n', log));
                // the GraphQL request the warm-up sent went through authentication, rate limiting and the endpoint
                Assert.Contains("the pipeline answered 200", log[warmed], StringComparison.Ordinal);
                // then over a real socket to the address it listens on ([::] reached through the loopback address)
                var connections = log.FindIndex(l => l.Contains("Warmed the connection path", StringComparison.Ordinal));
                Assert.True(connections > warmed, "no warm-up over a connection:\n" + string.Join('\n', log));
                Assert.Contains($"http://127.0.0.1:{port}/", log[connections], StringComparison.Ordinal);
                Assert.Contains("(90 requests; the last answered 200)", log[connections], StringComparison.Ordinal);

                using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
                using var response = await client.PostAsJsonAsync($"http://127.0.0.1:{port}/graphql",
                    new { query = "{ chainGaps(regionCode: \"441200\", chainId: \"es\") { segment { id } } }" });
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains("es-cathode", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
    }

    [Fact]
    public async Task Serve_on_an_unreachable_neo4j_skips_the_warm_up_and_listens()
    {
        var port = LoopbackPort.Free();
        var info = Chaingraph.StartInfo("serve");
        info.Environment["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["ChainGraph__Store__Kind"] = "Neo4j";
        info.Environment["ChainGraph__Neo4j__Uri"] = $"http://127.0.0.1:{LoopbackPort.Free()}";
        info.Environment["ChainGraph__Neo4j__User"] = "neo4j";
        info.Environment["ChainGraph__Neo4j__Password"] = "not-used";
        info.Environment["ChainGraph__Neo4j__Resilience__MaxRetryAttempts"] = "1";
        var (log, process) = await StartUntilListeningAsync(info);
        using (process)
        {
            try
            {
                Assert.Contains(log, l => l.Contains("starting without a warm-up", StringComparison.Ordinal));
                Assert.DoesNotContain(log, l => l.Contains("Warmed up in", StringComparison.Ordinal));
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
    }

    [Fact]
    public async Task A_stop_asked_for_during_the_warm_up_ends_the_service_cleanly()
    {
        var info = Chaingraph.StartInfo("serve", "--db", _folder.File("cg.db"));
        info.Environment["ASPNETCORE_HTTP_PORTS"] = LoopbackPort.Free().ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["ChainGraph__Seed__Path"] = Repo.Fixture("mini");
        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        var log = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            // the store is seeded and the warm-up begins: ask the service to stop as a terminal or a container runtime does
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                log.Add(line.Trim());
                if (line.Contains("Store was empty: imported", StringComparison.Ordinal))
                {
                    using var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
                    await term.WaitForExitAsync(timeout.Token);
                    break;
                }
            }
            log.AddRange((await process.StandardOutput.ReadToEndAsync(timeout.Token)).Split('\n'));
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        var output = string.Join('\n', log) + await errors;
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}:\n{output}");
    }

    [Theory]
    [InlineData("http://[::]:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://+:80", "http://127.0.0.1/")]
    [InlineData("http://*:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://localhost:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://10.1.2.3:5080", "http://10.1.2.3:5080/")]
    [InlineData("https://[::]:5443", null)]
    [InlineData("http://unix:/run/chaingraph.sock", null)]
    public void The_connection_warm_up_dials_what_a_client_on_this_machine_can_reach(string listening, string? dialled) =>
        Assert.Equal(dialled, ChainGraph.Server.WarmUp.LoopbackWarmUp.Reachable(listening)?.ToString());

    [Theory]
    [InlineData("0")]
    [InlineData("601")]
    public void A_warm_up_time_out_of_range_stops_start_up_with_the_setting_named(string seconds)
    {
        var e = Assert.ThrowsAny<Exception>(() => new ServiceHost(settings: new Dictionary<string, string?> { ["ChainGraph:WarmUp:Seconds"] = seconds }));
        Assert.Contains("Seconds", e.Message, StringComparison.Ordinal);
        Assert.Contains("between 1 and 600", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Starts the process and reads its log up to the line saying where it listens.</summary>
    private static async Task<(List<string> Log, Process Process)> StartUntilListeningAsync(ProcessStartInfo info)
    {
        var process = Process.Start(info)!;
        var log = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                log.Add(line.Trim());
                if (line.Contains("Now listening", StringComparison.Ordinal))
                {
                    // keep draining the output so the process never blocks on a full pipe
                    _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
                    _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
                    return (log, process);
                }
            }
            throw new Xunit.Sdk.XunitException("the service stopped before it listened:\n" + string.Join('\n', log) + await process.StandardError.ReadToEndAsync());
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }
}
