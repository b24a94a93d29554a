using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

internal sealed class RegionPriorityCodec : IEntityCodec<RegionPriority>
{
    public static string Table => "region_priorities";

    public static string[] Columns { get; } = ["region_code", "segment_id", "source"];

    public static void Write<TWriter>(RegionPriority p, ref TWriter w)
        where TWriter : struct, IFieldWriter
    {
        w.Text("region_code", p.RegionCode);
        w.Text("segment_id", p.SegmentId);
        w.OptionalText("source", p.Source);
    }

    public static RegionPriority Read<TReader>(ref TReader r)
        where TReader : struct, IFieldReader =>
        new(RegionCode: r.Text("region_code"), SegmentId: r.Text("segment_id"), Source: r.OptionalText("source"));
}
