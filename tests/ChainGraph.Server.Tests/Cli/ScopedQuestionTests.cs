using ChainGraph.TestSupport;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Server.Tests.Cli;

/// <summary>
/// The region questions on the command line read a store only as far as they need: they print what the whole store
/// would answer, and a store written before that was possible is answered whole and brought up to date.
/// </summary>
public sealed class ScopedQuestionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.File("cg.db");

    private static readonly string[][] Questions =
    [
        ["gaps", "--region", "肇庆市", "--chain", "energy-storage"],
        ["coverage", "--region", "441200", "--chain", "energy-storage", "--weak-below", "3"],
        ["targets", "--region", "441200", "--segment", "es-pcs", "--first", "30"],
        ["targets", "--region", "440000", "--segment", "es", "--scope", "all", "--first", "100"],
        ["pipeline", "--region", "440000"],
    ];

    [Fact]
    public async Task Scoped_and_whole_store_answers_are_the_same_and_an_old_store_is_upgraded_on_first_use()
    {
        var import = await Chaingraph.RunAsync("import", Repo.GraphSeed, "--db", Db);
        Assert.True(import.Exit == 0, import.Err);

        var scoped = new List<string>();
        foreach (var question in Questions)
        {
            var r = await Chaingraph.RunAsync([.. question, "--json", "--db", Db]);
            Assert.True(r.Exit == 0, r.Err);
            scoped.Add(r.Out);
        }
        Assert.All(scoped, answer => Assert.True(answer.Length > 20, answer));

        // As a store written before site key lists existed: the question opens the whole store, which writes
        // them; the answer does not change.
        for (var i = 0; i < Questions.Length; i++)
        {
            Sql("DELETE FROM meta WHERE key = 'site_lists_version'; DELETE FROM segment_sites; DELETE FROM region_sites;");
            Assert.Null(Meta("site_lists_version"));
            var r = await Chaingraph.RunAsync([.. Questions[i], "--json", "--db", Db]);
            Assert.True(r.Exit == 0, r.Err);
            Assert.Equal(scoped[i], r.Out);
            Assert.Equal(Meta("data_version"), Meta("site_lists_version"));
        }
    }

    [Fact]
    public async Task A_question_over_a_store_large_enough_for_the_collector_region_answers_as_the_whole_store()
    {
        // 8,000 synthetic companies make a store of over 8 MB: the question then runs in a no-GC region (Hosting/StoreLoadGcScope)
        var data = _folder.File("data");
        var generate = await Chaingraph.RunAsync("generate", "--companies", "8000", "--out", data);
        Assert.True(generate.Exit == 0, generate.Err);
        var import = await Chaingraph.RunAsync("import", data, "--db", Db);
        Assert.True(import.Exit == 0, import.Err);
        Assert.True(new FileInfo(Db).Length > 8L * 1024 * 1024, $"the store is only {new FileInfo(Db).Length} bytes");
        string[][] questions =
        [
            ["targets", "--region", "360100", "--segment", "chain0", "--first", "100"],
            ["gaps", "--region", "360100", "--chain", "chain0"],
        ];

        var scoped = new List<string>();
        foreach (var question in questions)
        {
            var r = await Chaingraph.RunAsync([.. question, "--json", "--db", Db]);
            Assert.True(r.Exit == 0, r.Err);
            scoped.Add(r.Out);
        }
        Assert.Contains("\"score\"", scoped[0], StringComparison.Ordinal);

        for (var i = 0; i < questions.Length; i++)
        {
            // answered by the whole store (which also writes the lists again)
            Sql("DELETE FROM meta WHERE key = 'site_lists_version'; DELETE FROM segment_sites; DELETE FROM region_sites;");
            var r = await Chaingraph.RunAsync([.. questions[i], "--json", "--db", Db]);
            Assert.True(r.Exit == 0, r.Err);
            Assert.Equal(scoped[i], r.Out);
        }
    }

    private void Sql(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private string? Meta(string key)
    {
        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $k";
        command.Parameters.AddWithValue("$k", key);
        return command.ExecuteScalar() as string;
    }

    public void Dispose() => _folder.Dispose();
}
