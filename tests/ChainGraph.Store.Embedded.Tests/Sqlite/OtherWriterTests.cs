using ChainGraph.Domain.Model;
using ChainGraph.Import;
using ChainGraph.Store.Embedded.Sqlite;
using ChainGraph.TestSupport;

namespace ChainGraph.Store.Embedded.Tests.Sqlite;

/// <summary>
/// Two stores on one file, as the service and a command-line import are: each picks up the other's writes, and a
/// write made on top of an out-of-date snapshot neither loses the other's rows nor leaves an image without them.
/// </summary>
public sealed class OtherWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DbPath => _folder.File("cg.db");

    [Fact]
    public async Task A_store_picks_up_what_another_writer_committed()
    {
        using var service = await OpenMiniAsync();
        using (var cli = EmbeddedGraphStore.Open(DbPath))
        {
            await cli.ApplyAsync(new ChangeSet { Companies = [Company("from-cli")] });
        }
        Assert.Empty(await service.GetCompaniesAsync(["from-cli"]));

        var refreshed = await service.RefreshAsync();

        Assert.NotNull(refreshed);
        Assert.Equal(refreshed.Value.Before + 1, refreshed.Value.After);
        Assert.Single(await service.GetCompaniesAsync(["from-cli"]));
        Assert.Null(await service.RefreshAsync());
    }

    [Fact]
    public async Task A_write_on_an_out_of_date_snapshot_keeps_both_writers_rows_and_a_whole_image()
    {
        using (var service = await OpenMiniAsync())
        {
            using (var cli = EmbeddedGraphStore.Open(DbPath))
            {
                await cli.ApplyAsync(new ChangeSet { Companies = [Company("from-cli")] });
            }
            // The service has not refreshed: its write is based on the old rows.
            await service.ApplyAsync(new ChangeSet { Companies = [Company("from-service")] });
            Assert.Equal(2, (await service.GetCompaniesAsync(["from-cli", "from-service"])).Count);
        }
        var file = new SqliteGraphFile(DbPath);
        var data = file.Load();
        Assert.True(file.LoadedFromImage, "the image verifies");
        Assert.Contains("from-cli", data.Companies.Keys);
        Assert.Contains("from-service", data.Companies.Keys);
    }

    [Fact]
    public async Task Opening_while_another_writer_commits_reads_one_whole_state()
    {
        using (await OpenMiniAsync())
        {
        }
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            using var cli = EmbeddedGraphStore.Open(DbPath);
            for (var i = 0; !stop.IsCancellationRequested && i < 200; i++)
            {
                await cli.ApplyAsync(new ChangeSet { Companies = [Company($"w{i:D3}")] });
            }
        });
        try
        {
            // Open again and again for as long as the writer commits (a few hundred opens).
            for (var i = 0; i < 2000 && !writer.IsCompleted; i++)
            {
                // Every open sees the writes as a prefix w000..wNNN: never half a write, never an exception.
                var file = new SqliteGraphFile(DbPath);
                var data = file.Load();
                var written = data.Companies.Keys.Where(k => k.StartsWith('w')).Order(StringComparer.Ordinal).ToList();
                Assert.Equal(Enumerable.Range(0, written.Count).Select(n => $"w{n:D3}"), written);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await writer;
        }
    }

    public void Dispose() => _folder.Dispose();

    private async Task<EmbeddedGraphStore> OpenMiniAsync()
    {
        var store = EmbeddedGraphStore.Open(DbPath);
        Assert.True((await DataSetImporter.RunAsync(Repo.Fixture("mini"), store, false, true)).Succeeded);
        return store;
    }

    private static Company Company(string id) => new(id, "公司" + id, null, null, CompanyTags.None, null);
}
