using ChainGraph.Domain.Model;
using ChainGraph.Import;
using ChainGraph.Server.Generate;
using ChainGraph.Store.Embedded.Sqlite;
using ChainGraph.Store.Embedded.Tests.Sqlite;
using ChainGraph.TestSupport;

namespace ChainGraph.Store.Embedded.Tests;

/// <summary>One store of 20,000 synthetic companies, imported once; each test works on a copy of its file.</summary>
public sealed class LargeStoreFile : IDisposable
{
    private readonly TempFolder _folder = new();

    public LargeStoreFile()
    {
        var data = _folder.File("data");
        new SyntheticDataSet(ImageLater.FromCompanies, seed: 5).WriteTo(data);
        using var store = EmbeddedGraphStore.Open(Path);
        var result = DataSetImporter.RunAsync(data, store, false, true).GetAwaiter().GetResult();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the synthetic data set did not import");
        }
    }

    public string Path => _folder.File("large.db");

    public void Dispose() => _folder.Dispose();
}

/// <summary>
/// A small write into a large store commits its rows at once and its graph image after: the image follows, a backup and
/// a clean close wait for it, and a file whose image did not follow (the process ended first) opens from its rows and
/// gets the image again.
/// </summary>
public sealed class ImageLaterTests(LargeStoreFile large) : IClassFixture<LargeStoreFile>, IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_image_of_a_small_write_follows_it()
    {
        var path = Copy();
        using var store = EmbeddedGraphStore.Open(path);
        await Rename(store, "c0000001", "后写图像的企业");

        store.FlushImage();

        var file = new SqliteGraphFile(path);
        var data = file.Load();
        Assert.True(file.LoadedFromImage, file.ImageProblem);
        Assert.Equal("后写图像的企业", data.Companies["c0000001"].NameZh);
        Assert.Equal(store.DataVersion, file.LoadedVersion);
    }

    [Fact]
    public async Task Writes_in_a_row_leave_the_image_of_the_last_when_the_store_closes()
    {
        var path = Copy();
        using (var store = EmbeddedGraphStore.Open(path))
        {
            for (var i = 0; i < 5; i++)
            {
                await Rename(store, "c0000002", "连续改名" + i);
            }
        }

        var file = new SqliteGraphFile(path);
        var data = file.Load();
        Assert.True(file.LoadedFromImage, file.ImageProblem);
        Assert.Equal("连续改名4", data.Companies["c0000002"].NameZh);
        using var reopened = EmbeddedGraphStore.Open(path);
        Assert.Empty(reopened.OpenWarnings);
    }

    [Fact]
    public async Task A_file_whose_image_did_not_follow_its_last_write_opens_from_its_rows_and_gets_the_image_again()
    {
        var path = Copy();
        using (var store = EmbeddedGraphStore.Open(path))
        {
            await Rename(store, "c0000003", "图像未跟上");
        }
        // what a process ended between a write and its image leaves: the rows of the write, the image of the one before
        StoreSql.Execute(path, "UPDATE meta SET value = CAST(value AS INTEGER) - 1 WHERE key = 'image_version'");

        using (var store = EmbeddedGraphStore.Open(path))
        {
            var warning = Assert.Single(store.OpenWarnings);
            Assert.Contains("the rows were loaded instead, and the image rewritten", warning, StringComparison.Ordinal);
            Assert.Equal("图像未跟上", (await store.GetCompaniesAsync(["c0000003"]))["c0000003"].NameZh);
        }
        var file = new SqliteGraphFile(path);
        Assert.Equal("图像未跟上", file.Load().Companies["c0000003"].NameZh);
        Assert.True(file.LoadedFromImage, file.ImageProblem);
    }

    [Fact]
    public async Task A_backup_right_after_a_small_write_holds_its_image()
    {
        var path = Copy();
        var target = _folder.File("backup.db");
        using (var store = EmbeddedGraphStore.Open(path))
        {
            await Rename(store, "c0000004", "备份前改名");
            store.BackupTo(target);
        }

        using var copy = EmbeddedGraphStore.Open(target);
        Assert.Empty(copy.OpenWarnings);
        Assert.Equal("备份前改名", (await copy.GetCompaniesAsync(["c0000004"]))["c0000004"].NameZh);
    }

    private static async Task Rename(EmbeddedGraphStore store, string id, string name)
    {
        var company = (await store.GetCompaniesAsync([id]))[id];
        await store.ApplyAsync(new ChangeSet { Companies = [company with { NameZh = name }] });
    }

    private string Copy()
    {
        var path = _folder.File(Guid.NewGuid().ToString("N") + ".db");
        File.Copy(large.Path, path);
        return path;
    }

    public void Dispose() => _folder.Dispose();
}
