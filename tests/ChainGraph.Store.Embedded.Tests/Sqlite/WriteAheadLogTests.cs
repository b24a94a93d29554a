using ChainGraph.Domain.Model;
using ChainGraph.Import;
using ChainGraph.TestSupport;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Tests.Sqlite;

/// <summary>
/// The write-ahead log beside a store file, on real files: a log of another store or an older copy is refused
/// before SQLite applies it, a missing log is reported at open, and a store's own pending log (after a crash,
/// or copied with the file) opens without a word.
/// </summary>
public sealed class WriteAheadLogTests : IDisposable
{
    private readonly TempFolder _a = new();
    private readonly TempFolder _b = new();
    private readonly TempFolder _copy = new();

    private string StoreA => _a.File("cg.db");

    private string StoreB => _b.File("cg.db");

    private string Copy => _copy.File("cg.db");

    [Fact]
    public async Task A_log_of_another_store_is_refused_and_nothing_is_applied()
    {
        await CreateMiniAsync(StoreA);
        await CreateMiniAsync(StoreB);
        using (await WriteKeepingLogAsync(StoreB, "only-in-b"))
        {
            File.Copy(StoreB + "-wal", StoreA + "-wal");
        }
        var before = await File.ReadAllBytesAsync(StoreA);

        var e = Assert.Throws<StoreFileException>(() => EmbeddedGraphStore.Open(StoreA));

        Assert.Contains("is not the write-ahead log of", e.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was applied", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(StoreA));
        File.Delete(StoreA + "-wal");
        File.Delete(StoreA + "-shm");
        using var store = EmbeddedGraphStore.Open(StoreA);
        Assert.Empty(await store.GetCompaniesAsync(["only-in-b"]));
        Assert.Empty(store.OpenWarnings);
    }

    [Fact]
    public async Task A_log_older_than_the_file_is_refused()
    {
        await CreateMiniAsync(StoreA);
        var stale = _b.File("stale-wal");
        using (await WriteKeepingLogAsync(StoreA, "first"))
        {
            File.Copy(StoreA + "-wal", stale);
        }
        using (var store = EmbeddedGraphStore.Open(StoreA))
        {
            await store.ApplyAsync(new ChangeSet { Companies = [NewCompany("second")] });
        }
        File.Copy(stale, StoreA + "-wal", overwrite: true);

        var e = Assert.Throws<StoreFileException>(() => EmbeddedGraphStore.Open(StoreA));

        Assert.Contains("older than the file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_log_is_reported_once_with_the_number_of_lost_writes()
    {
        await CreateMiniAsync(StoreA);
        using (await WriteKeepingLogAsync(StoreA, "lost-1", "lost-2"))
        {
            File.Copy(StoreA, Copy);
            File.Copy(StoreA + "-state", Copy + "-state");
        }

        using (var store = EmbeddedGraphStore.Open(Copy))
        {
            var warning = Assert.Single(store.OpenWarnings);
            Assert.Contains("the last 2 writes are missing", warning, StringComparison.Ordinal);
            Assert.Contains("cg.db-wal", warning, StringComparison.Ordinal);
            Assert.Empty(await store.GetCompaniesAsync(["lost-1", "lost-2"]));
        }
        using var again = EmbeddedGraphStore.Open(Copy);
        Assert.Empty(again.OpenWarnings);
    }

    [Fact]
    public async Task The_stores_own_pending_log_is_applied_without_a_warning()
    {
        await CreateMiniAsync(StoreA);
        using (await WriteKeepingLogAsync(StoreA, "kept"))
        {
            // What a crash leaves behind, copied as a backup of all three files would be.
            foreach (var suffix in new[] { "", "-wal", "-state" })
            {
                File.Copy(StoreA + suffix, Copy + suffix);
            }
        }

        using var store = EmbeddedGraphStore.Open(Copy);
        Assert.Empty(store.OpenWarnings);
        Assert.Single(await store.GetCompaniesAsync(["kept"]));
    }

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
        _copy.Dispose();
    }

    private static async Task CreateMiniAsync(string path)
    {
        using var store = EmbeddedGraphStore.Open(path);
        Assert.True((await DataSetImporter.RunAsync(Repo.Fixture("mini"), store, false, true)).Succeeded);
    }

    /// <summary>
    /// Writes one company per id through the store while another connection stays open, so the writes stay
    /// in the write-ahead log (the last connection to close would fold them into the file).
    /// </summary>
    private static async Task<SqliteConnection> WriteKeepingLogAsync(string path, params string[] ids)
    {
        var holder = new SqliteConnection($"Data Source={path};Pooling=False");
        holder.Open();
        using (var read = holder.CreateCommand())
        {
            read.CommandText = "SELECT count(*) FROM meta";
            _ = read.ExecuteScalar(); // SQLite opens the log on the first read
        }
        using var store = EmbeddedGraphStore.Open(path);
        foreach (var id in ids)
        {
            await store.ApplyAsync(new ChangeSet { Companies = [NewCompany(id)] });
        }
        Assert.True(new FileInfo(path + "-wal").Length > 32, "the writes are in the log");
        return holder;
    }

    private static Company NewCompany(string id) => new(id, "测试" + id, null, null, CompanyTags.None, null);
}
