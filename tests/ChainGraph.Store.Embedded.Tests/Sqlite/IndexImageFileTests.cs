using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.Store.Embedded.Sqlite;
using ChainGraph.Store.Embedded.Tests.Snapshot;
using ChainGraph.TestSupport;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Tests.Sqlite;

/// <summary>
/// A large store keeps an index image beside its graph image: written after an import, after an open that had to build
/// the indexes, and after each write; read by the next open instead of building, and only while it belongs to the graph
/// image in the file and verifies. Each test works on a copy of one imported store of 20,000 companies.
/// </summary>
public sealed class IndexImageFileTests(LargeStoreFile large) : IClassFixture<LargeStoreFile>, IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void An_imported_store_opens_from_its_index_image_with_the_indexes_a_build_gives()
    {
        var path = Copy();

        using var store = OpenedFromIndexImage(path);

        Assert.Empty(store.OpenWarnings);
    }

    [Fact]
    public void A_store_without_an_index_image_builds_its_indexes_and_writes_one_for_the_next_open()
    {
        var path = Copy();
        DropIndexImage(path);

        var logger = new EventLogger();
        using (var store = EmbeddedGraphStore.Open(path, logger))
        {
            Assert.False(store.CurrentSnapshot.IndexesFromImage);
            store.FlushImage();
        }

        Assert.NotNull(new SqliteGraphFile(path).Load().IndexImage);
        // the index image only: the graph image in the file is of the rows read, and is not written again
        Assert.Contains(1012, logger.Events);
        Assert.DoesNotContain(1010, logger.Events);
        using var reopened = OpenedFromIndexImage(path);
    }

    [Fact]
    public async Task After_writes_that_change_the_indexes_the_next_open_reads_the_index_image_of_the_last()
    {
        var path = Copy();
        using (var store = EmbeddedGraphStore.Open(path))
        {
            // a site moved to another region, a company retagged, a supply added and one deleted
            var site = (await store.GetSitesOfCompaniesAsync(["c0000005"]))["c0000005"][0];
            var region = store.CurrentSnapshot.Regions.First(r => r.Level == RegionLevel.City && r.Code != site.RegionCode).Code;
            await store.ApplyAsync(new ChangeSet { Sites = [site with { RegionCode = region }] });
            var company = (await store.GetCompaniesAsync(["c0000006"]))["c0000006"];
            await store.ApplyAsync(new ChangeSet { Companies = [company with { Tags = company.Tags ^ CompanyTags.Anchor }] });
            var supply = store.CurrentSnapshot.SupplyRows[0];
            await store.ApplyAsync(new ChangeSet { Supplies = [new Supply("c0000007", "c0000008", null, null)] });
            Assert.Equal(1, await store.DeleteSuppliesAsync([supply.Key]));
        }

        using var reopened = OpenedFromIndexImage(path);
        Assert.Empty(reopened.OpenWarnings);
    }

    [Fact]
    public void An_index_image_that_does_not_verify_is_not_used_and_is_written_again()
    {
        var path = Copy();
        // one byte changed in the middle of the image: it would still read, into wrong indexes
        FlipByte(path, "graph_indexes", 0, 20_000);

        Assert.Null(new SqliteGraphFile(path).Load().IndexImage);
        using (var store = EmbeddedGraphStore.Open(path))
        {
            Assert.False(store.CurrentSnapshot.IndexesFromImage);
            Assert.Equal(Built(path), SnapshotText.Describe(store.CurrentSnapshot));
        }
        using var reopened = EmbeddedGraphStore.Open(path);
        Assert.True(reopened.CurrentSnapshot.IndexesFromImage);
    }

    [Fact]
    public void A_new_graph_image_leaves_the_index_image_of_the_old_one_unused()
    {
        var path = Copy();
        var file = new SqliteGraphFile(path);
        var data = file.Load();
        Assert.NotNull(data.IndexImage);

        // the image of the same rows written again, as another process that read the rows would (its supplies may be
        // listed in another order, which the index image numbers them by)
        Assert.True(file.WriteImageIfAt(GraphImage.Write(new GraphSnapshot(data)), file.LoadedVersion));

        Assert.Null(new SqliteGraphFile(path).Load().IndexImage);
        Assert.Equal(0L, StoreSql.Scalar(path, "SELECT count(*) FROM graph_indexes"));
    }

    [Fact]
    public void An_index_image_is_written_only_beside_the_graph_image_it_belongs_to()
    {
        var path = Copy();
        DropIndexImage(path);
        var file = new SqliteGraphFile(path);
        var snapshot = new GraphSnapshot(file.Load());
        var image = snapshot.WriteIndexImage()!.Value;

        Assert.False(file.WriteIndexImageIf(image, file.LoadedVersion, "0123456789abcdef0123456789abcdef"));
        Assert.False(file.WriteIndexImageIf(image, file.LoadedVersion + 1, file.LoadedImageChecksum!));
        Assert.Equal(0L, StoreSql.Scalar(path, "SELECT count(*) FROM graph_indexes"));
        Assert.True(file.WriteIndexImageIf(image, file.LoadedVersion, file.LoadedImageChecksum!));
        Assert.NotNull(new SqliteGraphFile(path).Load().IndexImage);
    }

    [Fact]
    public void A_store_whose_indexes_wait_until_asked_neither_reads_nor_writes_an_index_image()
    {
        var path = Copy();
        DropIndexImage(path);

        using (var store = EmbeddedGraphStore.Open(path, indexes: IndexTiming.WhenAsked))
        {
            store.CurrentSnapshot.EnsureIndexed();
            store.FlushImage();
        }

        Assert.Equal(0L, StoreSql.Scalar(path, "SELECT count(*) FROM graph_indexes"));
    }

    [Fact]
    public async Task A_store_opened_to_import_writes_the_index_image_when_asked_and_the_next_open_reads_it()
    {
        var data = _folder.File("data");
        new ChainGraph.Server.Generate.SyntheticDataSet(1_500, seed: 8).WriteTo(data);
        var path = _folder.File("imported.db");
        using (var store = EmbeddedGraphStore.Open(path, indexes: IndexTiming.WhenAsked))
        {
            Assert.True((await ChainGraph.Import.DataSetImporter.RunAsync(data, store, false, true)).Succeeded);
            // the graph image's supply numbers wait with the rows for the index build
            var snapshot = store.CurrentSnapshot;
            Assert.False(snapshot.IsIndexed);
            var ends = snapshot.Data.SupplyEnds;
            Assert.NotNull(ends);
            var k = 0;
            foreach (var supply in snapshot.Data.Supplies)
            {
                Assert.Equal(snapshot.CompanyIndex[supply.SupplierId], ends[2 * k]);
                Assert.Equal(snapshot.CompanyIndex[supply.CustomerId], ends[(2 * k) + 1]);
                k++;
            }

            Assert.True(store.WriteIndexImage());
            Assert.False(store.WriteIndexImage());
        }

        using var reopened = OpenedFromIndexImage(path);
    }

    /// <summary>What a file written before index images existed has: none.</summary>
    private static void DropIndexImage(string path) =>
        StoreSql.Execute(path, "DELETE FROM graph_indexes; DELETE FROM meta WHERE key LIKE 'indexes_%'");

    /// <summary>The store at <paramref name="path"/>, checked to have read its indexes from its index image, and those to be the ones a full build gives.</summary>
    private static EmbeddedGraphStore OpenedFromIndexImage(string path)
    {
        var store = EmbeddedGraphStore.Open(path);
        Assert.True(store.CurrentSnapshot.IndexesFromImage);
        Assert.Equal(Built(path), SnapshotText.Describe(store.CurrentSnapshot));
        return store;
    }

    /// <summary>The snapshot a full build of the file's rows gives, as text.</summary>
    private static string Built(string path) => SnapshotText.Describe(new GraphSnapshot(new SqliteGraphFile(path).Load(withIndexImage: false)));

    private string Copy()
    {
        var path = _folder.File(Guid.NewGuid().ToString("N") + ".db");
        File.Copy(large.Path, path);
        return path;
    }

    private static void FlipByte(string path, string table, long part, int offset)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var blob = new SqliteBlob(connection, table, "data", part);
        var one = new byte[1];
        blob.Position = offset;
        blob.ReadExactly(one);
        one[0] ^= 0x5A;
        blob.Position = offset;
        blob.Write(one);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The event ids the store logs.</summary>
    private sealed class EventLogger : Microsoft.Extensions.Logging.ILogger
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<int> _events = new();

        public IReadOnlyCollection<int> Events => _events;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _events.Enqueue(eventId.Id);
    }
}
