using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ChainGraph.Server.WarmUp;

/// <summary>
/// The server the service listens with, warmed up first: once the host has opened (and seeded) the store and built
/// the request pipeline, and before the inner server accepts a connection, the engine's questions are asked
/// directly and through the pipeline (<see cref="InProcessRequest"/>) until the runtime has optimised their code
/// (<see cref="EngineWarmUp"/>), so the first requests after a start are answered at steady-state speed. A store
/// that is not reachable yet is not waited for, and a warm-up that fails is logged: the service then starts cold. The
/// store is asked for when the server starts, not when it is made: the application makes its server while it is built,
/// and opening the store then would load it before the host starts, outside the executable's start-up GC tuning
/// (<c>StoreLoadGcScope</c>), which cost a million-company store about a second of background collections.
/// </summary>
internal sealed class WarmingServer(IServer inner, Func<IGraphStore> store, IOptions<WarmUpOptions> options, ILogger<WarmingServer> logger) : IServer
{
    private const string Document = """
        query WarmUp($r: ID!, $c: ID!, $s: ID!) {
          chainCoverage(regionCode: $r, chainId: $c) { segment { id nameZh } status localCompanyCount localAnchorCount declared }
          chainGaps(regionCode: $r, chainId: $c) { kind status segment { id nameZh } anchorCount reasons { direction anchor { id nameZh } via { id } } }
          recruitTargets(regionCode: $r, segmentId: $s, first: 20) { company { id nameZh tags } score tieStrength credentials proximity distanceKm nearestSite { id regionCode } }
        }
        """;

    /// <summary>What this start's warm-up did; null when it was off or the store could not be reached.</summary>
    public EngineWarmUpReport? Report { get; private set; }

    /// <summary>Run once the host has opened the store, before the warm-up (the executable ends its start-up GC tuning here).</summary>
    public Action? BeforeWarmUp { get; set; }

    public IFeatureCollection Features => inner.Features;

    public async Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull
    {
        BeforeWarmUp?.Invoke();
        string? body = null;
        // the status the pipeline last answered the warm-up's GraphQL request with (200 unless reading needs a key)
        var status = 0;
        try
        {
            Report = await EngineWarmUp.RunAsync(store(), TimeSpan.FromSeconds(options.Value.Seconds), async (questions, ct) =>
            {
                body ??= Body(questions);
                status = await InProcessRequest.SendAsync(application, "POST", "/graphql", body, ct).ConfigureAwait(false);
                await InProcessRequest.SendAsync(application, "GET", "/health/ready", null, ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            Log.WarmedUp(logger, Report.Rounds, (long)Report.Elapsed.TotalMilliseconds, Report.Settled, status);
        }
        catch (StoreUnavailableException e)
        {
            Log.WarmUpSkipped(logger, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // the warm-up only saves the first users some milliseconds: whatever goes wrong in it, the service starts
            body = null;
            Log.WarmUpFailed(logger, e);
        }
        await inner.StartAsync(application, cancellationToken).ConfigureAwait(false);
        if (body is not null)
        {
            await WarmConnectionsAsync(body, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Once listening: the same request over a real socket (<see cref="LoopbackWarmUp"/>); a failure only logs.</summary>
    private async Task WarmConnectionsAsync(string body, CancellationToken cancellationToken)
    {
        var address = inner.Features.Get<IServerAddressesFeature>()?.Addresses.Select(LoopbackWarmUp.Reachable).FirstOrDefault(a => a is not null);
        if (address is null)
        {
            return;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.Seconds));
        try
        {
            var (requests, status, elapsed) = await LoopbackWarmUp.RunAsync(address, body, timeout.Token).ConfigureAwait(false);
            Log.WarmedConnections(logger, address, (long)elapsed.TotalMilliseconds, requests, status);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.ConnectionWarmUpFailed(logger, address, e.Message);
        }
    }

    private static string Body(WarmUpQuestions questions)
    {
        var variables = System.Text.Json.JsonSerializer.Serialize(new { r = questions.Regions[0], c = questions.Chain, s = questions.Segment });
        var query = System.Text.Json.JsonSerializer.Serialize(Document);
        return $$"""{"query":{{query}},"variables":{{variables}}}""";
    }

    public Task StopAsync(CancellationToken cancellationToken) => inner.StopAsync(cancellationToken);

    public void Dispose() => inner.Dispose();
}
