using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

internal sealed class ChainCodec : IEntityCodec<Chain>
{
    public static string Table => "chains";

    public static string[] Columns { get; } = ["id", "name_zh", "name_en"];

    public static void Write<TWriter>(Chain c, ref TWriter w)
        where TWriter : struct, IFieldWriter
    {
        w.Text("id", c.Id);
        w.OptionalText("name_zh", c.NameZh);
        w.OptionalText("name_en", c.NameEn);
    }

    public static Chain Read<TReader>(ref TReader r)
        where TReader : struct, IFieldReader =>
        new(Id: r.Text("id"), NameZh: r.OptionalText("name_zh"), NameEn: r.OptionalText("name_en"));
}
