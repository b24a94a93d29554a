using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

internal sealed class AnchorCodec : IEntityCodec<Anchor>
{
    public static string Table => "anchors";

    public static string[] Columns { get; } = ["company_id", "chain_id", "source"];

    public static void Write<TWriter>(Anchor a, ref TWriter w)
        where TWriter : struct, IFieldWriter
    {
        w.Text("company_id", a.CompanyId);
        w.Text("chain_id", a.ChainId);
        w.OptionalText("source", a.Source);
    }

    public static Anchor Read<TReader>(ref TReader r)
        where TReader : struct, IFieldReader =>
        new(CompanyId: r.Text("company_id"), ChainId: r.Text("chain_id"), Source: r.OptionalText("source"));
}
