using System.Text.Json;
using ChainGraph.Domain.Model;
using ChainGraph.Import;
using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.Store.Embedded.Sqlite;
using ChainGraph.TestSupport;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Tests.Sqlite;

/// <summary>The graph image is a faithful copy of the rows, and a stale image is never used.</summary>
public sealed class GraphImageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DbPath => _folder.File("chaingraph.db");

    [Fact]
    public async Task The_image_and_the_rows_load_the_same_graph()
    {
        using (var store = EmbeddedGraphStore.Open(DbPath))
        {
            Assert.True((await DataSetImporter.RunAsync(Repo.GraphSeed, store, false, true)).Succeeded);
            // a second, smaller write rewrites the image too
            await store.ApplyAsync(new ChangeSet { Companies = [new Company("extra", "新增公司", null, null, CompanyTags.Srdi, "catl")] });
        }
        var file = new SqliteGraphFile(DbPath);
        var fromImage = file.Load();
        Assert.True(file.LoadedFromImage);

        Execute("UPDATE meta SET value = '999' WHERE key = 'data_version'");
        var fromRows = file.Load();
        Assert.False(file.LoadedFromImage);

        Assert.Equal(Describe(fromRows), Describe(fromImage));
        Assert.Contains("extra", fromImage.Companies.Keys);
    }

    [Fact]
    public async Task A_store_whose_image_is_missing_opens_from_its_rows_and_writes_a_new_image()
    {
        using (var store = EmbeddedGraphStore.Open(DbPath))
        {
            Assert.True((await DataSetImporter.RunAsync(Repo.Fixture("mini"), store, false, true)).Succeeded);
        }
        Execute("DELETE FROM graph_image; DELETE FROM meta WHERE key = 'image_version'");
        using (var store = EmbeddedGraphStore.Open(DbPath))
        {
            Assert.Equal(15, (await store.GetStatsAsync()).Companies);
            await store.ApplyAsync(new ChangeSet { Chains = [new Chain("new-chain", "新链", null)] });
        }
        var file = new SqliteGraphFile(DbPath);
        var data = file.Load();
        Assert.True(file.LoadedFromImage);
        Assert.Equal(3, data.Chains.Count);
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Describe(GraphData d) => JsonSerializer.Serialize(new object[]
    {
        d.Chains.Values.OrderBy(x => x.Id, StringComparer.Ordinal),
        d.Regions.Values.OrderBy(x => x.Code, StringComparer.Ordinal),
        d.Segments.Values.OrderBy(x => x.Id, StringComparer.Ordinal),
        d.Flows.OrderBy(x => x.FromId + "|" + x.ToId, StringComparer.Ordinal),
        d.Companies.Values.OrderBy(x => x.Id, StringComparer.Ordinal),
        d.Sites.Values.OrderBy(x => x.Id, StringComparer.Ordinal),
        d.Supplies.OrderBy(x => x.Key.ToString(), StringComparer.Ordinal),
        d.Projects.Values.OrderBy(x => x.Id, StringComparer.Ordinal),
    });

    public void Dispose() => _folder.Dispose();
}
