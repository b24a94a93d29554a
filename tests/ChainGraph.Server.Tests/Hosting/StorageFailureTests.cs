using System.Net;
using ChainGraph.Server.Security;
using ChainGraph.Server.Tests.Cli;
using ChainGraph.TestSupport;

namespace ChainGraph.Server.Tests.Hosting;

/// <summary>A full disk and a read-only file system under the served store: clear errors, honest readiness, nothing lost.</summary>
public sealed class StorageFailureTests
{
    private const string Key = "editor-secret-9";

    private static Dictionary<string, string?> Settings(string db) => new()
    {
        ["ChainGraph:Embedded:Path"] = db,
        ["ChainGraph:Security:ApiKeys:0:Name"] = "editor",
        ["ChainGraph:Security:ApiKeys:0:Sha256"] = ApiKeyAuthenticator.Hash(Key),
        ["ChainGraph:Security:ApiKeys:0:Role"] = "Editor",
    };

    private static string Upsert(string id) => $$"""mutation { upsertCompany(input: { id: "{{id}}", nameZh: "测试{{id}}" }) { id } }""";

    [Fact]
    public async Task A_full_disk_answers_store_unavailable_and_not_ready_until_there_is_room_again()
    {
        using var disk = SmallDisk.Mount("4m");
        var db = Path.Combine(disk.Path, "cg.db");
        await using var host = new ServiceHost(settings: Settings(db));
        Assert.False((await host.PostAsync(Upsert("before-full"), apiKey: Key)).HasErrors);

        var filler = disk.Fill();
        var full = await host.PostAsync(Upsert("while-full"), apiKey: Key);
        Assert.Equal("STORE_UNAVAILABLE", full.FirstCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.Client.GetAsync("/health/ready")).StatusCode);
        Assert.False((await host.PostAsync("""{ company(id: "before-full") { id } }""")).HasErrors, "reads go on");

        File.Delete(filler);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/ready")).StatusCode);
        Assert.False((await host.PostAsync(Upsert("after-full"), apiKey: Key)).HasErrors);
        var companies = await host.PostAsync("""{ a: company(id: "before-full") { id } b: company(id: "while-full") { id } c: company(id: "after-full") { id } }""");
        Assert.Equal("""{"a":{"id":"before-full"},"b":null,"c":{"id":"after-full"}}""", companies.Data.ToString());
    }

    [Fact]
    public async Task A_read_only_store_answers_questions_and_refuses_writes_clearly()
    {
        using var disk = SmallDisk.Mount("8m");
        var db = Path.Combine(disk.Path, "cg.db");
        var import = await Chaingraph.RunAsync("import", Repo.Fixture("mini"), "--db", db);
        Assert.Equal(0, import.Exit);
        disk.RemountReadOnly();

        var stats = await Chaingraph.RunAsync("stats", "--db", db);
        Assert.True(stats.Exit == 0, stats.Err);
        Assert.Contains("companies", stats.Out, StringComparison.Ordinal);
        var validate = await Chaingraph.RunAsync("validate", Repo.Fixture("mini"), "--db", db);
        Assert.True(validate.Exit == 0, validate.Err);
        var write = await Chaingraph.RunAsync("import", Repo.Fixture("mini"), "--db", db);
        Assert.Equal(1, write.Exit);
        Assert.Contains("read-only", write.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", write.Err, StringComparison.Ordinal);

        await using var host = new ServiceHost(settings: Settings(db));
        Assert.False((await host.PostAsync("{ chains { id } }")).HasErrors);
        var refused = await host.PostAsync(Upsert("x"), apiKey: Key);
        Assert.Equal("STORE_UNAVAILABLE", refused.FirstCode);
    }
}
