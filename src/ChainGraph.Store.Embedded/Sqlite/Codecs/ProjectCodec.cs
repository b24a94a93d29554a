using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

internal sealed class ProjectCodec : IEntityCodec<Project>
{
    public static string Table => "projects";

    public static string[] Columns { get; } = ["id", "name_zh", "company_id", "region_code", "segment_id", "investment_yuan", "status", "status_date", "source"];

    public static void Write<TWriter>(Project p, ref TWriter w)
        where TWriter : struct, IFieldWriter
    {
        w.Text("id", p.Id);
        w.Text("name_zh", p.NameZh);
        w.OptionalText("company_id", p.CompanyId);
        w.Text("region_code", p.RegionCode);
        w.OptionalText("segment_id", p.SegmentId);
        w.OptionalDecimal("investment_yuan", p.InvestmentYuan);
        w.Enum("status", p.Status);
        w.Date("status_date", p.StatusDate);
        w.OptionalText("source", p.Source);
    }

    public static Project Read<TReader>(ref TReader r)
        where TReader : struct, IFieldReader =>
        new(
            Id: r.Text("id"),
            NameZh: r.Text("name_zh"),
            CompanyId: r.OptionalText("company_id"),
            RegionCode: r.Text("region_code"),
            SegmentId: r.OptionalText("segment_id"),
            InvestmentYuan: r.OptionalDecimal("investment_yuan"),
            Status: r.Enum<ProjectStatus>("status"),
            StatusDate: r.Date("status_date"),
            Source: r.OptionalText("source"));
}
