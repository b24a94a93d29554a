using System.Text.Json;
using ChainGraph.Server.Tests.Export;
using ChainGraph.TestSupport;

namespace ChainGraph.Server.Tests.Cli;

/// <summary><c>targets --out FILE.csv|FILE.xlsx</c> writes the rows that <c>targets --json</c> (the GraphQL answer) lists.</summary>
public sealed class TargetsExportCliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.File("cg.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Targets_out_writes_the_graphql_rows_to_csv_and_xlsx()
    {
        var import = await Chaingraph.RunAsync("import", Repo.GraphSeed, "--db", Db);
        Assert.True(import.Exit == 0, import.Err);
        string[] args = ["targets", "--region", "441200", "--segment", "es-wet-separator", "--db", Db];
        var json = await Chaingraph.RunAsync([.. args, "--json"]);
        Assert.True(json.Exit == 0, json.Err);
        using var doc = JsonDocument.Parse(json.Out);
        var expected = GraphQLTargets.Parse(doc.RootElement);
        Assert.NotEmpty(expected);
        Assert.Equal("senior", expected[0].CompanyId); // 星源材质: its 佛山南海 separator base is the nearest to 肇庆

        var csvPath = _folder.File("x.csv");
        var csv = await Chaingraph.RunAsync([.. args, "--out", csvPath]);
        Assert.True(csv.Exit == 0, csv.Err);
        Assert.Contains($"wrote {expected.Count} targets to {csvPath}", csv.Out, StringComparison.Ordinal);
        var (csvHeaders, csvRows) = ExportFiles.ReadCsv(await File.ReadAllBytesAsync(csvPath));
        ExportFiles.AssertSame(expected, csvHeaders, csvRows);

        var xlsxPath = _folder.File("x.xlsx");
        var xlsx = await Chaingraph.RunAsync([.. args, "--out", xlsxPath]);
        Assert.True(xlsx.Exit == 0, xlsx.Err);
        var (xlsxHeaders, xlsxRows) = ExportFiles.ReadXlsx(await File.ReadAllBytesAsync(xlsxPath));
        ExportFiles.AssertSame(expected, xlsxHeaders, xlsxRows);
    }

    [Fact]
    public async Task Targets_out_refuses_other_extensions_and_unknown_segments()
    {
        await Chaingraph.RunAsync("import", Repo.Fixture("mini"), "--db", Db);
        var pdf = await Chaingraph.RunAsync("targets", "--region", "441200", "--segment", "es-separator", "--out", _folder.File("x.pdf"), "--db", Db);
        Assert.Equal(2, pdf.Exit);
        Assert.Contains("--out must end in .csv or .xlsx", pdf.Err, StringComparison.Ordinal);
        var unknown = await Chaingraph.RunAsync("targets", "--region", "441200", "--segment", "nope", "--out", _folder.File("y.csv"), "--db", Db);
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("NOT_FOUND", unknown.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("y.csv")));
    }
}
