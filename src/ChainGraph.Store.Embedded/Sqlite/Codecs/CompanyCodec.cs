using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

internal sealed class CompanyCodec : IEntityCodec<Company>
{
    public static string Table => "companies";

    public static string[] Columns { get; } = ["id", "name_zh", "name_en", "uscc", "tags", "parent_id", "stock_code", "founded", "employees", "revenue_yuan", "website", "source"];

    public static void Write<TWriter>(Company c, ref TWriter w)
        where TWriter : struct, IFieldWriter
    {
        w.Text("id", c.Id);
        w.Text("name_zh", c.NameZh);
        w.OptionalText("name_en", c.NameEn);
        w.OptionalText("uscc", c.Uscc);
        w.Tags("tags", c.Tags);
        w.OptionalText("parent_id", c.ParentId);
        w.OptionalText("stock_code", c.StockCode);
        w.OptionalInteger("founded", c.Founded);
        w.OptionalInteger("employees", c.Employees);
        w.OptionalDecimal("revenue_yuan", c.RevenueYuan);
        w.OptionalText("website", c.Website);
        w.OptionalText("source", c.Source);
    }

    public static Company Read<TReader>(ref TReader r)
        where TReader : struct, IFieldReader =>
        new(
            Id: r.Text("id"),
            NameZh: r.Text("name_zh"),
            NameEn: r.OptionalText("name_en"),
            Uscc: r.OptionalText("uscc"),
            Tags: r.Tags("tags"),
            ParentId: r.OptionalText("parent_id"),
            StockCode: r.OptionalText("stock_code"),
            Founded: (int?)r.OptionalInteger("founded"),
            Employees: r.OptionalInteger("employees"),
            RevenueYuan: r.OptionalDecimal("revenue_yuan"),
            Website: r.OptionalText("website"),
            Source: r.OptionalText("source"));
}
