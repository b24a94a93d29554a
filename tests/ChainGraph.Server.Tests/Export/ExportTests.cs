using System.Net;
using System.Text.Json;

namespace ChainGraph.Server.Tests.Export;

/// <summary>GET /api/export/targets: the target library as CSV (UTF-8 BOM) and XLSX, read back and compared with recruitTargets.</summary>
public sealed class ExportTests
{
    [Theory]
    [InlineData("mini", "441200", "es-separator")]
    [InlineData("graph-seed", "441200", "es-wet-separator")]
    [InlineData("graph-seed", "441200", "es-bms")]
    [InlineData("ledger-v2", "441200", "es-separator")]
    public async Task The_csv_has_a_bom_chinese_headers_and_the_graphql_rows_in_order(string seed, string region, string segment)
    {
        await using var host = new ServiceHost(seed);
        var expected = await GraphQLTargets.LoadAsync(host, region, segment, 100);
        Assert.NotEmpty(expected);
        using var response = await host.Client.GetAsync($"/api/export/targets?region={region}&segment={segment}&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal($"targets-{region}-{segment}.csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var (headers, rows) = ExportFiles.ReadCsv(await response.Content.ReadAsByteArrayAsync());
        ExportFiles.AssertSame(expected, headers, rows);
    }

    [Theory]
    [InlineData("mini", "441200", "es-separator")]
    [InlineData("graph-seed", "441200", "es-wet-separator")]
    [InlineData("ledger-v2", "441200", "es-separator")]
    public async Task The_xlsx_reads_back_with_the_graphql_rows_in_order(string seed, string region, string segment)
    {
        await using var host = new ServiceHost(seed);
        var expected = await GraphQLTargets.LoadAsync(host, region, segment, 100);
        using var response = await host.Client.GetAsync($"/api/export/targets?region={region}&segment={segment}&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var (headers, rows) = ExportFiles.ReadXlsx(await response.Content.ReadAsByteArrayAsync());
        ExportFiles.AssertSame(expected, headers, rows);
    }

    [Fact]
    public async Task The_library_carries_the_company_scale_and_the_plant_and_leaves_unknown_figures_empty()
    {
        await using var host = new ServiceHost("ledger-v2");
        var (_, rows) = ExportFiles.ReadCsv(await host.Client.GetByteArrayAsync("/api/export/targets?region=441200&segment=es-separator&format=csv"));
        var row = Assert.Single(rows);
        string Cell(string header) => (string?)row[header] ?? "";
        Assert.Equal(("002812.SZ", "2006", "8000", "120"), (Cell("股票代码"), Cell("成立年份"), Cell("员工人数"), Cell("营业收入(亿元)")));
        Assert.Equal(("10亿平方米/年", "2019-10-15"), (Cell("最近站点产能"), Cell("最近站点投产时间")));
        Assert.Equal("", Cell("网址")); // not disclosed: empty, never 0
        Assert.Equal("1", Cell("关联强度")); // the VERIFIED row to catl outweighs the REPORTED one to 瑞庆时代
    }

    [Fact]
    public async Task The_scope_parameter_chooses_new_investors_or_local_groups()
    {
        await using var host = new ServiceHost();
        Assert.Empty(await GraphQLTargets.LoadAsync(host, "441200", "es-recovery", 100));
        var expected = await GraphQLTargets.LoadAsync(host, "441200", "es-recovery", 100, "EXPANSION");
        var (headers, rows) = ExportFiles.ReadCsv(await host.Client.GetByteArrayAsync("/api/export/targets?region=441200&segment=es-recovery&format=csv&scope=expansion"));
        ExportFiles.AssertSame(expected, headers, rows);
        Assert.Equal("是", (string?)Assert.Single(rows)["集团已在本地"]);
    }

    [Fact]
    public async Task First_limits_the_rows_and_keeps_the_order()
    {
        await using var host = new ServiceHost();
        var expected = await GraphQLTargets.LoadAsync(host, "441200", "es-separator", 1);
        var bytes = await host.Client.GetByteArrayAsync("/api/export/targets?region=441200&segment=es-separator&format=csv&first=1");
        var (headers, rows) = ExportFiles.ReadCsv(bytes);
        ExportFiles.AssertSame(expected, headers, rows);
        Assert.Single(rows);
    }

    [Fact]
    public async Task A_segment_without_candidates_gives_the_header_row_only()
    {
        await using var host = new ServiceHost();
        Assert.Empty(await GraphQLTargets.LoadAsync(host, "441200", "es-ev", 100));
        var (csvHeaders, csvRows) = ExportFiles.ReadCsv(await host.Client.GetByteArrayAsync("/api/export/targets?region=441200&segment=es-ev&format=csv"));
        ExportFiles.AssertSame([], csvHeaders, csvRows);
        var (xlsxHeaders, xlsxRows) = ExportFiles.ReadXlsx(await host.Client.GetByteArrayAsync("/api/export/targets?region=441200&segment=es-ev&format=xlsx"));
        ExportFiles.AssertSame([], xlsxHeaders, xlsxRows);
    }

    [Theory]
    [InlineData("region=000000&segment=es-separator&format=csv", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("region=441200&segment=nope&format=xlsx", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("region=441200&segment=es-separator&format=pdf", HttpStatusCode.BadRequest, "BAD_INPUT")]
    [InlineData("segment=es-separator", HttpStatusCode.BadRequest, "BAD_INPUT")]
    [InlineData("region=441200&segment=es-separator&first=0", HttpStatusCode.BadRequest, "BAD_INPUT")]
    [InlineData("region=441200&segment=es-separator&scope=everyone", HttpStatusCode.BadRequest, "BAD_INPUT")]
    public async Task Bad_arguments_get_an_error_code(string query, HttpStatusCode status, string code)
    {
        await using var host = new ServiceHost();
        using var response = await host.Client.GetAsync("/api/export/targets?" + query);
        Assert.Equal(status, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
