using System.Diagnostics;
using System.Net;
using ChainGraph.TestSupport;

namespace ChainGraph.Server.Tests.Cli;

/// <summary>The real executable as a new user meets it: where it listens, and what a mistyped store path does.</summary>
public sealed class UsabilityTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Serve_listens_where_ASPNETCORE_HTTP_PORTS_says_as_in_the_container()
    {
        var port = LoopbackPort.Free();
        var info = Chaingraph.StartInfo("serve", "--db", _folder.File("cg.db"));
        info.Environment["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["ChainGraph__Seed__Path"] = Repo.Fixture("mini");
        using var process = Process.Start(info)!;
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var deadline = DateTime.UtcNow.AddSeconds(90);
            HttpStatusCode? status = null;
            while (DateTime.UtcNow < deadline && !process.HasExited)
            {
                try
                {
                    using var response = await client.GetAsync($"http://127.0.0.1:{port}/health/ready");
                    status = response.StatusCode;
                    if (status == HttpStatusCode.OK)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                }
                await Task.Delay(250);
            }
            Assert.False(process.HasExited, "the service stopped: " + (process.HasExited ? await process.StandardError.ReadToEndAsync() : ""));
            Assert.Equal(HttpStatusCode.OK, status);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("gaps", "--region", "441200", "--chain", "es")]
    public async Task A_read_verb_refuses_a_store_that_does_not_exist_and_creates_nothing(params string[] verb)
    {
        var missing = Path.Combine(_folder.Path, "no-such-folder", "cg.db");
        var result = await Chaingraph.RunAsync([.. verb, "--db", missing]);
        Assert.Equal(2, result.Exit);
        Assert.Contains("there is no store at", result.Err, StringComparison.Ordinal);
        Assert.Contains("--db", result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(missing)), "nothing is created");
    }

    [Fact]
    public async Task Validate_without_a_store_checks_the_folder_on_its_own_and_creates_nothing()
    {
        var missing = Path.Combine(_folder.Path, "no-such-folder", "cg.db");
        var result = await Chaingraph.RunAsync("validate", Repo.Fixture("mini"), "--db", missing);
        Assert.True(result.Exit == 0, result.Err);
        Assert.Contains("checked on its own", result.Err, StringComparison.Ordinal);
        Assert.StartsWith("valid:", result.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(missing)), "nothing is created");
    }

    [Fact]
    public async Task Import_still_creates_a_new_store()
    {
        var path = Path.Combine(_folder.Path, "new", "cg.db");
        var result = await Chaingraph.RunAsync("import", Repo.Fixture("mini"), "--db", path);
        Assert.True(result.Exit == 0, result.Err);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task Ids_are_found_by_name_and_a_typo_gets_suggestions_naming_the_option_typed()
    {
        var db = _folder.File("mini.db");
        Assert.Equal(0, (await Chaingraph.RunAsync("import", Repo.Fixture("mini"), "--db", db)).Exit);

        var gaps = await Chaingraph.RunAsync("gaps", "--region", "肇庆", "--chain", "新型储能", "--db", db);
        Assert.True(gaps.Exit == 0, gaps.Err);
        Assert.Contains("es-cathode", gaps.Out, StringComparison.Ordinal);

        var typo = await Chaingraph.RunAsync("targets", "--region", "441200", "--segment", "es-seperator", "--db", db);
        Assert.Equal(2, typo.Exit);
        Assert.Contains("--segment: no segment with id 'es-seperator'; did you mean es-separator", typo.Err, StringComparison.Ordinal);

        var range = await Chaingraph.RunAsync("coverage", "--region", "441200", "--chain", "es", "--weak-below", "0", "--db", db);
        Assert.Equal(2, range.Exit);
        Assert.StartsWith("coverage: --weak-below: must be between 1 and 1000", range.Err, StringComparison.Ordinal);

        var search = await Chaingraph.RunAsync("search", "恩捷", "--db", db);
        Assert.Contains("semcorp", search.Out, StringComparison.Ordinal);
        var regions = await Chaingraph.RunAsync("regions", "--parent", "肇庆市", "--db", db);
        Assert.Contains("441200-HTZ", regions.Out, StringComparison.Ordinal);
        var segments = await Chaingraph.RunAsync("segments", "--chain", "es", "--db", db);
        Assert.Contains("  es-separator", segments.Out, StringComparison.Ordinal); // indented under its parent
    }

    public void Dispose() => _folder.Dispose();
}
