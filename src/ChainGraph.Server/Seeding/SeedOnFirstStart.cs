using ChainGraph.Domain.Store;
using ChainGraph.Import;
using Microsoft.Extensions.Options;

namespace ChainGraph.Server.Seeding;

/// <summary>
/// Fills an empty store from the seed folder before the service starts answering. When the store is not
/// reachable yet (a Neo4j server still starting), the service starts anyway and seeding is retried in
/// the background until the store answers.
/// </summary>
internal sealed class SeedOnFirstStart(IGraphStore store, IOptions<SeedOptions> options, ILogger<SeedOnFirstStart> logger, TimeProvider time) : IHostedService, IDisposable
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(5);
    private readonly CancellationTokenSource _stopping = new();
    private Task? _retrying;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.OnFirstStart)
        {
            return;
        }
        try
        {
            await SeedIfEmptyAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StoreUnavailableException e)
        {
            Log.SeedDeferred(logger, e.Message);
            _retrying = RetryAsync(_stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_retrying is not null)
        {
            await Task.WhenAny(_retrying, Task.Delay(Timeout.Infinite, cancellationToken)).ConfigureAwait(false);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RetryAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(RetryEvery, time, stopping).ConfigureAwait(false);
                await SeedIfEmptyAsync(stopping).ConfigureAwait(false);
                return;
            }
            catch (StoreUnavailableException)
            {
                // still down: try again
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        var stats = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        if (stats.Regions > 0 || stats.Companies > 0)
        {
            return;
        }
        var folder = Locate(options.Value.Path);
        if (folder is null)
        {
            Log.SeedMissing(logger, options.Value.Path ?? "graph-seed");
            return;
        }
        var result = await DataSetImporter.RunAsync(folder, store, replace: false, apply: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"seed data set {folder} is invalid: {string.Join("; ", result.Problems.Take(5))}");
        }
        Log.Seeded(logger, folder, result.Rows);
    }

    internal static string? Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "graph-seed");
                if (File.Exists(Path.Combine(candidate, "segments.csv")))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
