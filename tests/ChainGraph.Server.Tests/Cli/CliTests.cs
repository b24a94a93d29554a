using System.Text.Json;
using ChainGraph.TestSupport;

namespace ChainGraph.Server.Tests.Cli;

/// <summary>The verbs as a user runs them: exit codes, output, and what ends up in the store.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.File("cg.db");

    [Fact]
    public async Task Import_then_stats_and_a_second_import_gives_the_same_counts()
    {
        var first = await Chaingraph.RunAsync("import", Repo.Fixture("mini"), "--db", Db);
        Assert.True(first.Exit == 0, first.Err);
        Assert.Contains("imported 96 rows", first.Out, StringComparison.Ordinal);
        var stats = await Chaingraph.RunAsync("stats", "--db", Db);
        Assert.Contains("companies              15", stats.Out, StringComparison.Ordinal);
        await Chaingraph.RunAsync("import", Repo.Fixture("mini"), "--db", Db);
        Assert.Equal(stats.Out, (await Chaingraph.RunAsync("stats", "--db", Db)).Out);
    }

    [Fact]
    public async Task Import_writes_the_index_image_when_asked_and_by_default_only_for_a_large_store()
    {
        var plain = await Chaingraph.RunAsync("import", Repo.Fixture("mini"), "--db", Db);
        Assert.True(plain.Exit == 0, plain.Err);
        Assert.DoesNotContain("index image", plain.Out, StringComparison.Ordinal);
        Assert.Null(IndexImageOf(Db));

        var asked = await Chaingraph.RunAsync("import", Repo.Fixture("mini"), "--db", Db, "--index-image", "always");
        Assert.True(asked.Exit == 0, asked.Err);
        Assert.Contains("index image written in", asked.Out, StringComparison.Ordinal);
        // beside the graph image of the import's write
        Assert.Equal(Meta(Db, "image_xxh128"), IndexImageOf(Db));

        var bad = await Chaingraph.RunAsync("import", Repo.Fixture("mini"), "--db", Db, "--index-image", "sometimes");
        Assert.Equal(2, bad.Exit);
        Assert.Contains("--index-image must be auto, always or never, not 'sometimes'", bad.Err, StringComparison.Ordinal);
    }

    /// <summary>The graph image an index image in the store file belongs to (by its checksum), or null.</summary>
    private static string? IndexImageOf(string db) => Meta(db, "indexes_of_image");

    private static string? Meta(string db, string key)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $k";
        command.Parameters.AddWithValue("$k", key);
        return command.ExecuteScalar() as string;
    }

    [Fact]
    public async Task An_invalid_data_set_prints_every_problem_and_exits_2()
    {
        await Chaingraph.RunAsync("import", Repo.Fixture("mini"), "--db", Db);
        var before = (await Chaingraph.RunAsync("stats", "--db", Db)).Out;
        using var bad = new TempFolder();
        bad.Write("companies.csv", "id,name_zh,tags\nnew-co,新公司,ANCHOR\nnew-co,重复,\n");
        bad.Write("sites.csv", "id,company_id,region_code,lat,lon,kind,segment_ids\ns1,new-co,441200,23.1,112.5,FACTORY,es-bms\ns2,nobody,441200,23.1,112.5,PLANT,\n");
        bad.Write("compnies.csv", "id\nx\n");
        var result = await Chaingraph.RunAsync("import", bad.Path, "--db", Db);
        Assert.Equal(2, result.Exit);
        var lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "compnies.csv:1: unknown data set file 'compnies.csv' (expected one of: chains.csv, regions.csv, segments.csv, segment_flows.csv, companies.csv, anchors.csv, sites.csv, supplies.csv, projects.csv, region_priorities.csv, or the same names as .xlsx)",
                "companies.csv:3: duplicate key 'new-co' (first at line 2)",
                "sites.csv:2: kind 'FACTORY' is not one of HQ, PLANT, RND, BASE",
                "sites.csv:3: a site needs at least one segment in segment_ids",
                "sites.csv:3: company_id refers to company 'nobody', which is neither in the data set nor in the store",
                "import: 5 problem(s); nothing was written",
            ],
            lines);
        Assert.Equal(before, (await Chaingraph.RunAsync("stats", "--db", Db)).Out);
        var validate = await Chaingraph.RunAsync("validate", bad.Path, "--db", Db);
        Assert.Equal(2, validate.Exit);
    }

    [Fact]
    public async Task Generate_is_deterministic_for_a_seed_and_imports()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        using var c = new TempFolder();
        Assert.Equal(0, (await Chaingraph.RunAsync("generate", "--companies", "400", "--out", a.Path, "--seed", "5")).Exit);
        Assert.Equal(0, (await Chaingraph.RunAsync("generate", "--companies", "400", "--out", b.Path, "--seed", "5")).Exit);
        Assert.Equal(0, (await Chaingraph.RunAsync("generate", "--companies", "400", "--out", c.Path, "--seed", "6")).Exit);
        foreach (var file in Directory.GetFiles(a.Path).Select(Path.GetFileName))
        {
            Assert.Equal(File.ReadAllBytes(a.File(file!)), File.ReadAllBytes(b.File(file!)));
        }
        Assert.NotEqual(File.ReadAllBytes(a.File("sites.csv")), File.ReadAllBytes(c.File("sites.csv")));
        Assert.Equal(401, File.ReadAllLines(a.File("companies.csv")).Length);
        var import = await Chaingraph.RunAsync("import", a.Path, "--db", Db);
        Assert.True(import.Exit == 0, import.Err);
        Assert.Matches(@"segments\s+200\n", import.Out);
        Assert.Matches(@"companies\s+400\n", import.Out);
    }

    [Fact]
    public async Task Query_verbs_print_tables_or_the_graphql_data()
    {
        await Chaingraph.RunAsync("import", Repo.Fixture("mini"), "--db", Db);
        var gaps = await Chaingraph.RunAsync("gaps", "--region", "441200", "--chain", "es", "--db", Db);
        Assert.True(gaps.Exit == 0, gaps.Err);
        Assert.Contains("补链 FILL", gaps.Out, StringComparison.Ordinal);
        Assert.Contains("es-cathode", gaps.Out, StringComparison.Ordinal);

        var json = await Chaingraph.RunAsync("targets", "--region", "441200", "--segment", "es-separator", "--json", "--db", Db);
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal(["senior", "semcorp"], doc.RootElement.EnumerateArray().Select(t => t.GetProperty("company").GetProperty("id").GetString()!).ToArray());
        Assert.Equal((3 * 1.2) + 1 + (2 * (1 - (172.6198785492697 / 1000))), doc.RootElement[0].GetProperty("score").GetDouble(), 9);
        var expansion = await Chaingraph.RunAsync("targets", "--region", "441200", "--segment", "es-recovery", "--scope", "expansion", "--db", Db);
        Assert.True(expansion.Exit == 0, expansion.Err);
        Assert.Contains("邦普循环", expansion.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("邦普循环", (await Chaingraph.RunAsync("targets", "--region", "441200", "--segment", "es-recovery", "--db", Db)).Out, StringComparison.Ordinal);

        foreach (var verb in new[] { new[] { "coverage", "--region", "441200", "--chain", "es" }, ["paths", "--from", "senior", "--to", "xpeng"], ["pipeline", "--region", "441200", "--from", "2023-01-01"] })
        {
            var r = await Chaingraph.RunAsync([.. verb, "--db", Db]);
            Assert.True(r.Exit == 0, $"{verb[0]}: {r.Err}");
            Assert.NotEmpty(r.Out);
        }
    }

    [Theory]
    [InlineData(new[] { "gaps", "--region", "000000", "--chain", "es" }, "gaps: --region: no region with id '000000'; did you mean 320000 江苏省, 350000 福建省, 440000 广东省? (NOT_FOUND)")]
    [InlineData(new[] { "targets", "--region", "441200", "--segment", "es-bms", "--first", "500" }, "targets: --first: must be between 1 and 100, not 500 (BAD_INPUT)")]
    [InlineData(new[] { "pipeline", "--region", "441200", "--to", "2023-13-01" }, "pipeline: --to: '2023-13-01' is not a calendar date in yyyy-MM-dd form (BAD_INPUT)")]
    public async Task Bad_arguments_exit_2_with_one_line(string[] args, string message)
    {
        await Chaingraph.RunAsync("import", Repo.Fixture("mini"), "--db", Db);
        var r = await Chaingraph.RunAsync([.. args, "--db", Db]);
        Assert.Equal(2, r.Exit);
        Assert.Equal(message, r.Err.TrimEnd('\n'));
        Assert.Empty(r.Out);
    }

    [Fact]
    public async Task Unknown_verbs_and_missing_options_exit_2()
    {
        Assert.Equal(2, (await Chaingraph.RunAsync("frobnicate")).Exit);
        var missing = await Chaingraph.RunAsync("gaps", "--region", "441200");
        Assert.Equal(2, missing.Exit);
        Assert.Contains("--chain", missing.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bench")]
    [InlineData("bench-open")]
    public async Task The_benchmark_is_not_a_verb_of_the_production_executable(string verb)
    {
        // it lives in bench/ChainGraph.Bench
        var r = await Chaingraph.RunAsync(verb, "--db", Db);
        Assert.Equal(2, r.Exit);
        Assert.Contains(verb, r.Err, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
