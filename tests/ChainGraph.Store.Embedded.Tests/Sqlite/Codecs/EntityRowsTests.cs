using ChainGraph.Domain.Model;
using ChainGraph.TestSupport;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Tests.Sqlite.Codecs;

/// <summary>
/// Rows are bound straight to SQLite statements: when SQLite refuses one row in the middle of a write, the caller gets
/// SQLite's error (with its code and message) and nothing of the write is kept, in the file or in the open store.
/// </summary>
public sealed class EntityRowsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DbPath => _folder.File("cg.db");

    [Fact]
    public async Task A_row_sqlite_refuses_mid_write_fails_the_whole_write_with_sqlites_error()
    {
        using (var store = EmbeddedGraphStore.Open(DbPath))
        {
            await store.ApplyAsync(new ChangeSet { Companies = [Company("kept")] });
        }
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=false"))
        {
            connection.Open();
            using var trigger = connection.CreateCommand();
            trigger.CommandText = "CREATE TRIGGER refuse BEFORE INSERT ON companies WHEN NEW.id = 'b' BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END;";
            trigger.ExecuteNonQuery();
        }

        using (var store = EmbeddedGraphStore.Open(DbPath))
        {
            var e = await Assert.ThrowsAsync<SqliteException>(async () =>
                await store.ApplyAsync(new ChangeSet { Companies = [Company("a"), Company("b"), Company("c")] }));

            Assert.Equal(19, e.SqliteErrorCode); // SQLITE_CONSTRAINT
            Assert.Contains("refused by the test trigger", e.Message, StringComparison.Ordinal);
            Assert.Equal(["kept"], (await store.GetCompaniesAsync(["kept", "a", "b", "c"])).Keys);
            // The statement was finalised and the transaction rolled back: the next write goes through.
            await store.ApplyAsync(new ChangeSet { Companies = [Company("d")] });
        }

        using var reopened = EmbeddedGraphStore.Open(DbPath);
        Assert.Equal(["d", "kept"], (await reopened.GetCompaniesAsync(["kept", "a", "b", "c", "d"])).Keys.Order(StringComparer.Ordinal));
    }

    public void Dispose() => _folder.Dispose();

    private static Company Company(string id) => new(id, "公司" + id, null, null, CompanyTags.None, null);
}
