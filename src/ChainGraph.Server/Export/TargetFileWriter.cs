using System.Data;
using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;

namespace ChainGraph.Server.Export;

/// <summary>
/// Writes a target library as CSV (UTF-8 with BOM, so Excel and WPS read the Chinese headers) or XLSX,
/// with Chinese column headers and every score component.
/// </summary>
public static class TargetFileWriter
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "排名", "企业ID", "企业名称", "英文名称", "标签", "得分", "链主关联数", "资质数", "邻近度", "距离(公里)", "在谈项目",
        "供货链主", "最近站点ID", "最近站点", "站点所在地区", "纬度", "经度", "站点环节",
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
        r.Rank, r.CompanyId, r.CompanyNameZh, r.CompanyNameEn, r.Tags, Math.Round(r.Score, 6), r.AnchorTies, r.Credentials,
        Math.Round(r.Proximity, 6), Math.Round(r.DistanceKm, 3), r.InPipeline ? "是" : "否", r.SuppliesAnchors, r.NearestSiteId,
        r.NearestSiteName, r.NearestSiteRegion, r.NearestSiteLat, r.NearestSiteLon, string.Join(';', r.SegmentIds),
    ];
}
