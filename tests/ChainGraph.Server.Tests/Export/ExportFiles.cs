using System.Globalization;
using System.Text;
using ChainGraph.Server.Export;
using CsvHelper;
using MiniExcelLibs;

namespace ChainGraph.Server.Tests.Export;

/// <summary>Reads exported target libraries back (CSV with CsvHelper, XLSX with MiniExcel) and compares them with the API's answer.</summary>
internal static class ExportFiles
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The header and the rows of a CSV export, after checking that it starts with the UTF-8 BOM.</summary>
    public static (string[] Headers, List<Dictionary<string, object?>> Rows) ReadCsv(byte[] bytes)
    {
        Assert.True(bytes.AsSpan().StartsWith(Bom), "the CSV starts with the UTF-8 byte order mark");
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        Assert.True(csv.Read());
        csv.ReadHeader();
        var headers = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, object?>>();
        while (csv.Read())
        {
            rows.Add(headers.ToDictionary(h => h, h => (object?)csv.GetField(h)));
        }
        return (headers, rows);
    }

    /// <summary>The header and the rows of an XLSX export's only sheet, 招商目标.</summary>
    public static (string[] Headers, List<Dictionary<string, object?>> Rows) ReadXlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        Assert.Equal(["招商目标"], MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        var cells = MiniExcel.Query(stream, useHeaderRow: false)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.ToArray())
            .ToList();
        var headers = cells[0].Select(Text).ToArray();
        var rows = cells.Skip(1).Select(r => headers.Select((h, i) => (h, v: r[i])).ToDictionary(x => x.h, x => x.v)).ToList();
        return (headers, rows);
    }

    /// <summary>Same headers as the writer's, same targets in the same order, every score component equal.</summary>
    public static void AssertSame(IReadOnlyList<ExpectedTarget> expected, string[] headers, List<Dictionary<string, object?>> rows)
    {
        Assert.Equal(TargetFileWriter.Headers, headers);
        Assert.Contains("企业名称", headers);
        Assert.Equal(expected.Select(t => t.CompanyId), rows.Select(r => Text(r["企业ID"])));
        for (var i = 0; i < expected.Count; i++)
        {
            var t = expected[i];
            var row = rows[i];
            Assert.Equal(i + 1, (int)Number(row["排名"]));
            Assert.Equal(t.CompanyNameZh, Text(row["企业名称"]));
            Assert.Equal(t.Score, Number(row["得分"]), 1e-6);
            Assert.Equal(t.AnchorTies, (int)Number(row["链主关联数"]));
            Assert.Equal(t.Credentials, (int)Number(row["资质数"]));
            Assert.Equal(t.Proximity, Number(row["邻近度"]), 1e-6);
            Assert.Equal(t.DistanceKm, Number(row["距离(公里)"]), 1e-3);
            Assert.Equal(t.InPipeline ? "是" : "否", Text(row["储备项目"]));
            Assert.Equal(t.SuppliesAnchors, Text(row["供货链主"]));
            Assert.Equal(t.NearestSiteId, Text(row["最近站点ID"]));
            Assert.Equal(t.Lat, Number(row["纬度"]), 1e-9);
            Assert.Equal(t.Lon, Number(row["经度"]), 1e-9);
            Assert.Equal(t.TieStrength, Number(row["关联强度"]), 1e-6);
            Assert.Equal(t.GroupLocal ? "是" : "否", Text(row["集团已在本地"]));
            Assert.Equal(t.StockCode ?? "", Text(row["股票代码"]));
            Assert.Equal(t.Founded?.ToString(CultureInfo.InvariantCulture) ?? "", Text(row["成立年份"]));
            Assert.Equal(t.Employees?.ToString(CultureInfo.InvariantCulture) ?? "", Text(row["员工人数"]));
            if (t.RevenueYuan is { } revenue)
            {
                Assert.Equal(revenue / 1e8, Number(row["营业收入(亿元)"]), 2);
            }
            else
            {
                Assert.Equal("", Text(row["营业收入(亿元)"]));
            }
            Assert.Equal(t.Website ?? "", Text(row["网址"]));
            Assert.Equal(t.Capacity ?? "", Text(row["最近站点产能"]));
            Assert.Equal(t.Since ?? "", Text(row["最近站点投产时间"]));
        }
    }

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private static double Number(object? value) => value switch
    {
        double d => d,
        string s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };
}
