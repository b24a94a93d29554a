using System.Data;
using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;

namespace ChainGraph.Server.Export;

/// <summary>
/// Writes a target library as CSV (UTF-8 with BOM, so Excel and WPS read the Chinese headers) or XLSX,
/// with Chinese column headers and every score component. A figure that is not disclosed is an empty cell, never 0.
/// </summary>
public static class TargetFileWriter
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "排名", "企业ID", "企业名称", "英文名称", "标签", "得分", "链主关联数", "关联强度", "资质数", "邻近度", "距离(公里)", "储备项目",
        "集团已在本地", "供货链主", "最近站点ID", "最近站点", "站点所在地区", "纬度", "经度", "站点环节",
        "股票代码", "成立年份", "员工人数", "营业收入(亿元)", "网址", "最近站点产能", "最近站点投产时间",
    ];

    public static async Task WriteCsvAsync(Stream output, IReadOnlyList<TargetRow> rows, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        foreach (var header in Headers)
        {
            csv.WriteField(header);
        }
        await csv.NextRecordAsync().ConfigureAwait(false);
        foreach (var row in rows)
        {
            foreach (var value in Values(row))
            {
                csv.WriteField(value switch
                {
                    double d => d.ToString("0.######", CultureInfo.InvariantCulture),
                    null => "",
                    _ => Convert.ToString(value, CultureInfo.InvariantCulture),
                });
            }
            await csv.NextRecordAsync().ConfigureAwait(false);
        }
        await csv.FlushAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    public static async Task WriteXlsxAsync(Stream output, IReadOnlyList<TargetRow> rows, CancellationToken cancellationToken)
    {
        // A DataTable keeps the header row even when there is no target.
        using var table = new DataTable("招商目标") { Locale = CultureInfo.InvariantCulture };
        foreach (var header in Headers)
        {
            table.Columns.Add(header, typeof(object));
        }
        foreach (var row in rows)
        {
            table.Rows.Add(Values(row));
        }
        using var buffer = new MemoryStream();
        await MiniExcel.SaveAsAsync(buffer, table, sheetName: "招商目标", cancellationToken: cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    private static object?[] Values(TargetRow r) =>
    [
        r.Rank, r.CompanyId, r.CompanyNameZh, r.CompanyNameEn, r.Tags, Math.Round(r.Score, 6), r.AnchorTies, Math.Round(r.TieStrength, 6), r.Credentials,
        Math.Round(r.Proximity, 6), Math.Round(r.DistanceKm, 3), r.InPipeline ? "是" : "否", r.GroupLocal ? "是" : "否", r.SuppliesAnchors, r.NearestSiteId,
        r.NearestSiteName, r.NearestSiteRegion, r.NearestSiteLat, r.NearestSiteLon, string.Join(';', r.SegmentIds),
        r.StockCode, r.Founded, r.Employees, r.RevenueYuan is { } revenue ? (double)Math.Round(revenue / 100_000_000m, 2) : null, r.Website,
        r.NearestSiteCapacity, r.NearestSiteSince?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    ];
}
