using ChainGraph.Store.Embedded;
using Microsoft.Extensions.Options;

namespace ChainGraph.Server.Hosting;

/// <summary>
/// Keeps the served embedded store in step with its file: every <see cref="EmbeddedStoreOptions.RefreshSeconds"/> it
/// asks the store to pick up writes made by another process (the store logs when it reloads).
/// </summary>
internal sealed class StoreChangeWatcher(EmbeddedGraphStore store, IOptions<EmbeddedStoreOptions> options, ILogger<StoreChangeWatcher> logger, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.RefreshSeconds;
        if (seconds <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await store.RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.RefreshFailed(logger, e.Message);
            }
        }
    }
}
