using ChainGraph.Import;
using ChainGraph.TestSupport;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Tests;

/// <summary>
/// A backup of a store file by path (the command-line backup) copies the file without loading the store, and writes the
/// graph image and site key lists first when they are behind the rows, so that the copy always opens from a current image.
/// </summary>
public sealed class BackupFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DbPath => _folder.File("cg.db");

    [Fact]
    public async Task A_current_store_is_copied_whole_and_the_copy_opens_without_warnings()
    {
        await CreateMiniAsync();
        var version = Meta(DbPath, "data_version");

        var copied = EmbeddedGraphStore.BackupFile(DbPath, _folder.File("backups/copy.db"));

        Assert.Equal(long.Parse(version, System.Globalization.CultureInfo.InvariantCulture), copied);
        using var copy = EmbeddedGraphStore.Open(_folder.File("backups/copy.db"));
        Assert.Empty(copy.OpenWarnings);
        using var source = EmbeddedGraphStore.Open(DbPath);
        Assert.Equal(await source.GetStatsAsync(), await copy.GetStatsAsync());
        Assert.Equal("宁德时代", (await copy.GetCompaniesAsync(["catl"]))["catl"].NameZh);
    }

    [Theory]
    [InlineData("image_version")]
    [InlineData("site_lists_version")]
    public async Task A_store_whose_caches_are_behind_its_rows_gets_them_written_before_the_copy(string key)
    {
        await CreateMiniAsync();
        // as a process that ended before writing the image of its last write leaves the file
        SetMeta(DbPath, key, "0");

        EmbeddedGraphStore.BackupFile(DbPath, _folder.File("copy.db"));

        Assert.Equal(Meta(DbPath, "data_version"), Meta(DbPath, key));
        Assert.Equal(Meta(DbPath, "data_version"), Meta(_folder.File("copy.db"), key));
        using var copy = EmbeddedGraphStore.Open(_folder.File("copy.db"));
        Assert.Empty(copy.OpenWarnings);
    }

    [Fact]
    public async Task A_backup_needs_a_store_and_never_overwrites_a_file()
    {
        var missing = Assert.Throws<FileNotFoundException>(() => EmbeddedGraphStore.BackupFile(_folder.File("none.db"), _folder.File("copy.db")));
        Assert.Contains("there is no store at", missing.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("none.db")));

        await CreateMiniAsync();
        File.WriteAllText(_folder.File("taken.db"), "keep me");
        var taken = Assert.Throws<IOException>(() => EmbeddedGraphStore.BackupFile(DbPath, _folder.File("taken.db")));
        Assert.Contains("never overwrites", taken.Message, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(_folder.File("taken.db")));
    }

    public void Dispose() => _folder.Dispose();

    private async Task CreateMiniAsync()
    {
        using var store = EmbeddedGraphStore.Open(DbPath);
        Assert.True((await DataSetImporter.RunAsync(Repo.Fixture("mini"), store, false, true)).Succeeded);
    }

    private static string Meta(string path, string key)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return (string)command.ExecuteScalar()!;
    }

    private static void SetMeta(string path, string key, string value)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE meta SET value = $value WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        Assert.Equal(1, command.ExecuteNonQuery());
    }
}
