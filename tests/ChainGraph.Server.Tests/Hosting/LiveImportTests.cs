using ChainGraph.Server.Tests.Cli;
using ChainGraph.TestSupport;

namespace ChainGraph.Server.Tests.Hosting;

/// <summary>A command-line import while the service runs on the same store: the service answers with it, without a restart.</summary>
public sealed class LiveImportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_running_service_answers_with_an_import_made_by_the_command_line()
    {
        var db = _folder.File("cg.db");
        await using var host = new ServiceHost(settings: new Dictionary<string, string?>
        {
            ["ChainGraph:Embedded:Path"] = db,
            ["ChainGraph:Embedded:RefreshSeconds"] = "0.2",
        });
        const string Query = """{ company(id: "live-co") { nameZh } }""";
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await host.PostAsync(Query)).Data.GetProperty("company").ValueKind);

        using var data = new TempFolder();
        data.Write("companies.csv", "id,name_zh\nlive-co,现场导入公司\n");
        var import = await Chaingraph.RunAsync("import", data.Path, "--db", db);
        Assert.True(import.Exit == 0, import.Err);

        string? name = null;
        // the service looks every 0.2 s; a busy machine may take longer to reload, so wait up to a minute
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (name is null && DateTime.UtcNow < deadline)
        {
            var company = (await host.PostAsync(Query)).Data.GetProperty("company");
            name = company.ValueKind == System.Text.Json.JsonValueKind.Null ? null : company.GetProperty("nameZh").GetString();
            if (name is null)
            {
                await Task.Delay(100);
            }
        }
        Assert.Equal("现场导入公司", name);
    }

    public void Dispose() => _folder.Dispose();
}
