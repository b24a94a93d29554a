using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

internal sealed class SegmentFlowCodec : IEntityCodec<SegmentFlow>
{
    public static string Table => "segment_flows";

    public static string[] Columns { get; } = ["from_id", "to_id"];

    public static void Write<TWriter>(SegmentFlow f, ref TWriter w)
        where TWriter : struct, IFieldWriter
    {
        w.Text("from_id", f.FromId);
        w.Text("to_id", f.ToId);
    }

    public static SegmentFlow Read<TReader>(ref TReader r)
        where TReader : struct, IFieldReader =>
        new(FromId: r.Text("from_id"), ToId: r.Text("to_id"));
}
