using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.Store.Embedded.Sqlite;
using ChainGraph.TestSupport;
using Microsoft.Data.Sqlite;

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

    [Fact]
    public void The_first_large_write_into_a_new_store_goes_through_the_rollback_journal_and_leaves_the_file_in_wal_mode()
    {
        var file = new SqliteGraphFile(DbPath);
        file.RequireIntact(); // the integrity check reads the file on a connection of its own: wait for it, as opening a store does
        var changes = new ChangeSet { Companies = Companies(25_000) };
        using (var pending = file.BeginWrite(changes, basedOn: 0))
        {
            Assert.True(pending.UsesRollbackJournal);
            Assert.False(File.Exists(DbPath + "-wal"));
            var next = new GraphSnapshot(new GraphData().With(changes));
            pending.Commit(GraphImage.Write(next), SiteKeyLists.Of(next));
        }

        Assert.Equal("wal", JournalMode());
        Assert.Equal(25_000, new SqliteGraphFile(DbPath).Load().Companies.Count);
        // later large writes go through the write-ahead log
        using var later = new SqliteGraphFile(DbPath).BeginWrite(new ChangeSet { Companies = Companies(25_000) }, basedOn: 1);
        Assert.False(later.UsesRollbackJournal);
    }

    [Fact]
    public async Task An_abandoned_first_large_write_keeps_nothing_and_leaves_the_file_in_wal_mode()
    {
        var file = new SqliteGraphFile(DbPath);
        file.RequireIntact();
        using (var pending = file.BeginWrite(new ChangeSet { Companies = Companies(200_000) }, basedOn: 0))
        {
            Assert.True(pending.UsesRollbackJournal);
        }

        Assert.Equal("wal", JournalMode());
        Assert.False(File.Exists(DbPath + "-journal"));
        using var store = EmbeddedGraphStore.Open(DbPath);
        Assert.Equal(0, (await store.GetStatsAsync()).Companies);
        await store.ApplyAsync(new ChangeSet { Companies = Companies(25_000) });
        Assert.Equal(25_000, (await store.GetStatsAsync()).Companies);
    }

    [Fact]
    public void A_first_large_write_while_another_connection_reads_the_file_goes_through_the_write_ahead_log()
    {
        var file = new SqliteGraphFile(DbPath);
        file.RequireIntact();
        using var reader = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        reader.Open();
        using var reading = reader.BeginTransaction(deferred: true);
        using (var count = reader.CreateCommand())
        {
            count.Transaction = reading;
            count.CommandText = "SELECT count(*) FROM companies";
            Assert.Equal(0L, count.ExecuteScalar());
        }

        var changes = new ChangeSet { Companies = Companies(25_000) };
        using (var pending = file.BeginWrite(changes, basedOn: 0))
        {
            Assert.False(pending.UsesRollbackJournal);
            var next = new GraphSnapshot(new GraphData().With(changes));
            pending.Commit(GraphImage.Write(next), SiteKeyLists.Of(next));
        }

        Assert.Equal(25_000, new SqliteGraphFile(DbPath).Load().Companies.Count);
        Assert.Equal("wal", JournalMode());
    }

    public void Dispose() => _folder.Dispose();

    private string JournalMode()
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }

    private static Company[] Companies(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Company($"c{i:D6}"))];

    private static Company Company(string id) => new(id, "公司" + id, null, null, CompanyTags.None, null);
}
