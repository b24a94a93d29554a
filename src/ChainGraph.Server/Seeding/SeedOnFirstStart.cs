using ChainGraph.Domain.Store;
using ChainGraph.Import;
using Microsoft.Extensions.Options;

namespace ChainGraph.Server.Seeding;

/// <summary>Fills an empty store from the seed folder before the service starts answering.</summary>
internal sealed class SeedOnFirstStart(IGraphStore store, IOptions<SeedOptions> options, ILogger<SeedOnFirstStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.OnFirstStart)
        {
            return;
        }
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

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
