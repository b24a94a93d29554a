using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.Store.Embedded.Sqlite;
using ChainGraph.TestSupport;

namespace ChainGraph.Store.Embedded.Tests.Sqlite;

/// <summary>
/// A write's rows go to SQLite on a worker thread while the next snapshot and its image are built: committed, the rows
/// and the image are one version; abandoned (indexing failed), nothing of it is kept, even when the worker is still writing.
/// </summary>
public sealed class PendingWriteTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DbPath => _folder.File("cg.db");

    [Fact]
    public void A_committed_write_keeps_its_rows_and_its_image_at_one_version()
    {
        var file = new SqliteGraphFile(DbPath);
        var changes = new ChangeSet { Companies = Companies(1_000) };
        long version;
        using (var pending = file.BeginWrite(changes, basedOn: 0))
        {
            var next = new GraphSnapshot(new GraphData().With(changes));
            version = pending.Commit(GraphImage.Write(next), SiteKeyLists.Of(next));
        }

        Assert.Equal(1, version);
        var loaded = new SqliteGraphFile(DbPath).Load();
        Assert.Equal(1_000, loaded.Companies.Count);
    }

    [Fact]
    public async Task An_abandoned_write_keeps_nothing_even_while_its_rows_are_still_being_written()
    {
        using (var store = EmbeddedGraphStore.Open(DbPath))
        {
            await store.ApplyAsync(new ChangeSet { Companies = [Company("kept")] });
        }
        var file = new SqliteGraphFile(DbPath);
        // enough rows that the worker is most likely still writing when the write is abandoned
        using (file.BeginWrite(new ChangeSet { Companies = Companies(200_000) }, basedOn: 1))
        {
        }

        using var reopened = EmbeddedGraphStore.Open(DbPath);
        Assert.Equal(1, (await reopened.GetStatsAsync()).Companies);
        // the lock was given back: the next write goes through, at the next version
        await reopened.ApplyAsync(new ChangeSet { Companies = [Company("after")] });
        Assert.Equal(2, (await reopened.GetStatsAsync()).Companies);
    }

    [Fact]
    public void A_write_based_on_an_old_version_is_refused_before_any_row_is_written()
    {
        var file = new SqliteGraphFile(DbPath);
        using (var first = file.BeginWrite(new ChangeSet { Companies = [Company("a")] }, basedOn: 0))
        {
            var next = new GraphSnapshot(new GraphData().With(new ChangeSet { Companies = [Company("a")] }));
            first.Commit(GraphImage.Write(next), SiteKeyLists.Of(next));
        }

        var e = Assert.Throws<StaleSnapshotException>(() => file.BeginWrite(new ChangeSet { Companies = [Company("b")] }, basedOn: 0));

        Assert.NotNull(e);
        Assert.Equal(["a"], new SqliteGraphFile(DbPath).Load().Companies.Keys);
    }

    public void Dispose() => _folder.Dispose();

    private static Company[] Companies(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Company($"c{i:D6}"))];

    private static Company Company(string id) => new(id, "公司" + id, null, null, CompanyTags.None, null);
}
