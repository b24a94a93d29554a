using System.Text;
using ChainGraph.Domain.Model;
using ChainGraph.Import;
using ChainGraph.Store.Embedded.Sqlite;
using ChainGraph.TestSupport;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Tests.Sqlite;

/// <summary>
/// Damaged, tampered and wrong files on disk: the rows stay the truth, the graph image is a checked cache,
/// and a file that is not a sound ChainGraph store is refused with a message that says how to recover.
/// </summary>
public sealed class StoreFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DbPath => _folder.File("chaingraph.db");

    [Fact]
    public async Task Changed_bytes_inside_the_image_are_not_served_and_the_image_is_rewritten()
    {
        await CreateMiniAsync();
        var original = Scalar<string>("SELECT name_zh FROM companies WHERE id = 'catl'");
        var image = Scalar<byte[]>("SELECT data FROM graph_image WHERE part = 0");
        var at = IndexOf(image, Encoding.UTF8.GetBytes(original));
        Assert.True(at >= 0, "the company's name is in the image");
        Encoding.UTF8.GetBytes("宁德时伪").CopyTo(image, at);
        UpdateImage(image);
        var checksumBefore = Scalar<string>($"SELECT value FROM meta WHERE key = '{ImageChecksum.MetaKey}'");

        using (var store = EmbeddedGraphStore.Open(DbPath))
        {
            var companies = await store.GetCompaniesAsync(["catl"]);
            Assert.Equal(original, companies["catl"].NameZh);
        }
        Assert.NotEqual(checksumBefore, Scalar<string>($"SELECT value FROM meta WHERE key = '{ImageChecksum.MetaKey}'"));
        var file = new SqliteGraphFile(DbPath);
        Assert.Equal(original, file.Load().Companies["catl"].NameZh);
        Assert.True(file.LoadedFromImage, "the rewritten image verifies");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(-3)]
    public async Task An_image_with_flipped_bytes_falls_back_to_the_rows(int position)
    {
        await CreateMiniAsync();
        var image = Scalar<byte[]>("SELECT data FROM graph_image WHERE part = 0");
        var at = position >= 0 ? position : image.Length + position;
        image[at] ^= 0x5A;
        UpdateImage(image);

        var file = new SqliteGraphFile(DbPath);
        var data = file.Load();
        Assert.False(file.LoadedFromImage);
        Assert.NotNull(file.ImageProblem);
        Assert.Equal(15, data.Companies.Count);
    }

    [Fact]
    public async Task A_file_that_fails_the_integrity_check_is_refused_with_how_to_restore()
    {
        await CreateMiniAsync();
        await DamageCompaniesTableAsync();
        var e = Assert.Throws<StoreFileException>(() => EmbeddedGraphStore.Open(DbPath));
        Assert.Contains(DbPath, e.Message, StringComparison.Ordinal);
        Assert.Contains("Restore it from a backup", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_file_without_a_usable_image_is_refused_as_damaged_not_with_the_loads_error()
    {
        await CreateMiniAsync();
        // no current image: opening reads the rows, and the damaged table makes that read fail too
        Assert.Equal(1L, Scalar<long>("UPDATE meta SET value = '0' WHERE key = 'image_version' RETURNING 1"));
        await DamageCompaniesTableAsync();
        var e = Assert.Throws<StoreFileException>(() => EmbeddedGraphStore.Open(DbPath));
        Assert.Contains("Restore it from a backup", e.Message, StringComparison.Ordinal);
        Assert.Contains("is damaged", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_not_silently_made_a_new_store()
    {
        File.WriteAllBytes(DbPath, []);
        var e = Assert.Throws<StoreFileException>(() => EmbeddedGraphStore.Open(DbPath));
        Assert.Contains("is empty (0 bytes)", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(DbPath).Length);
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_refused_and_left_alone()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("id,name_zh\nc1,某公司\n", 400)));
        File.WriteAllBytes(DbPath, text);
        var e = Assert.Throws<StoreFileException>(() => EmbeddedGraphStore.Open(DbPath));
        Assert.Contains("is not a ChainGraph store", e.Message, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllBytes(DbPath));
    }

    [Fact]
    public void An_SQLite_file_of_another_program_is_refused()
    {
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me');";
            command.ExecuteNonQuery();
        }
        var e = Assert.Throws<StoreFileException>(() => EmbeddedGraphStore.Open(DbPath));
        Assert.Contains("no ChainGraph tables", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_file_has_16_KiB_pages_and_a_file_of_4_KiB_pages_keeps_them_and_works()
    {
        await CreateMiniAsync();
        Assert.Equal(SqliteGraphFile.NewFilePageSize, Scalar<long>("PRAGMA page_size"));

        // a store as SQLite's default pages made every store before this page size: made, then rewritten with 4 KiB pages
        var older = _folder.File("older.db");
        using (var store = EmbeddedGraphStore.Open(older))
        {
            Assert.True((await DataSetImporter.RunAsync(Repo.Fixture("mini"), store, false, true)).Succeeded);
        }
        using (var connection = new SqliteConnection($"Data Source={older};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = DELETE; PRAGMA page_size = 4096; VACUUM; PRAGMA journal_mode = WAL;";
            command.ExecuteNonQuery();
        }
        Assert.Equal(4096L, PageSize(older));
        using (var store = EmbeddedGraphStore.Open(older))
        {
            Assert.Empty(store.OpenWarnings);
            var catl = (await store.GetCompaniesAsync(["catl"]))["catl"];
            await store.ApplyAsync(new ChangeSet { Companies = [catl with { NameEn = "CATL (4 KiB pages)" }] });
        }
        using (var reopened = EmbeddedGraphStore.Open(older))
        {
            Assert.Empty(reopened.OpenWarnings);
            Assert.Equal("CATL (4 KiB pages)", (await reopened.GetCompaniesAsync(["catl"]))["catl"].NameEn);
        }
        Assert.Equal(4096L, PageSize(older));
    }

    private static long PageSize(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose() => _folder.Dispose();

    private async Task CreateMiniAsync()
    {
        using var store = EmbeddedGraphStore.Open(DbPath);
        Assert.True((await DataSetImporter.RunAsync(Repo.Fixture("mini"), store, false, true)).Succeeded);
    }

    /// <summary>Overwrites the header of the companies table's root page with nonsense.</summary>
    private async Task DamageCompaniesTableAsync()
    {
        var root = Scalar<long>("SELECT rootpage FROM sqlite_master WHERE name = 'companies'");
        var pageSize = Scalar<long>("PRAGMA page_size");
        await using (var stream = new FileStream(DbPath, FileMode.Open, FileAccess.Write))
        {
            stream.Seek((root - 1) * pageSize, SeekOrigin.Begin);
            stream.Write([0x0D, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00]);
        }
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);

    private T Scalar<T>(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    private void UpdateImage(byte[] image)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE graph_image SET data = $d WHERE part = 0";
        command.Parameters.AddWithValue("$d", image);
        command.ExecuteNonQuery();
    }
}
