using ChainGraph.Import;
using ChainGraph.Server.Generate;
using ChainGraph.Store.Embedded;

namespace ChainGraph.Bench.Tests;

/// <summary>The write probe times every kind of write it names, and each write is committed (the store reopened holds them).</summary>
public sealed class WriteProbeCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-writes-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Every_kind_of_write_is_timed_and_committed()
    {
        Directory.CreateDirectory(_folder);
        var data = Path.Combine(_folder, "data");
        new SyntheticDataSet(800, 3).WriteTo(data);
        var draft = DataSetReader.ReadFolder(data);
        Assert.True(draft.IsValid);
        var path = Path.Combine(_folder, "store.db");
        int companies, sites;
        using (var store = EmbeddedGraphStore.Open(path))
        {
            await store.ApplyAsync(draft.ToChangeSet(false));
            var before = await store.GetStatsAsync();

            var results = await WriteProbeCommand.MeasureAsync(store, 3, CancellationToken.None);

            Assert.NotNull(results);
            foreach (var kind in new[] { "companyName", "companyTag", "anchorTag", "siteCoordinates", "siteMoved", "siteAdded", "parentChanged", "companyAdded", "companyWithSite" })
            {
                var timing = Assert.IsType<WriteTiming>(results[kind]);
                Assert.True(timing.P50 > 0 && timing.Max >= timing.P50, $"{kind}: {timing}");
            }
            var after = await store.GetStatsAsync();
            // one untimed write of each kind, then three timed: four sites, four companies, and four companies with a site each added
            Assert.Equal(before.Companies + 8, after.Companies);
            Assert.Equal(before.Sites + 8, after.Sites);
            (companies, sites) = (after.Companies, after.Sites);
        }
        using var reopened = EmbeddedGraphStore.Open(path);
        var stats = await reopened.GetStatsAsync();
        Assert.Equal((companies, sites), (stats.Companies, stats.Sites));
    }

    [Fact]
    public async Task A_store_without_enough_companies_is_refused()
    {
        Directory.CreateDirectory(_folder);
        using var store = EmbeddedGraphStore.Open(Path.Combine(_folder, "empty.db"));
        Assert.Null(await WriteProbeCommand.MeasureAsync(store, 3, CancellationToken.None));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
