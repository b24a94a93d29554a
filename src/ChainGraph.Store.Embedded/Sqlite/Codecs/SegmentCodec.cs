using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

internal sealed class SegmentCodec : IEntityCodec<Segment>
{
    public static string Table => "segments";

    public static string[] Columns { get; } = ["id", "chain_id", "name_zh", "name_en", "category", "parent_id"];

    public static void Write<TWriter>(Segment s, ref TWriter w)
        where TWriter : struct, IFieldWriter
    {
        w.Text("id", s.Id);
        w.Text("chain_id", s.ChainId);
        w.Text("name_zh", s.NameZh);
        w.OptionalText("name_en", s.NameEn);
        w.Enum("category", s.Category);
        w.OptionalText("parent_id", s.ParentId);
    }

    public static Segment Read<TReader>(ref TReader r)
        where TReader : struct, IFieldReader =>
        new(
            Id: r.Text("id"),
            ChainId: r.Text("chain_id"),
            NameZh: r.Text("name_zh"),
            NameEn: r.OptionalText("name_en"),
            Category: r.Enum<SegmentCategory>("category"),
            ParentId: r.OptionalText("parent_id"));
}
