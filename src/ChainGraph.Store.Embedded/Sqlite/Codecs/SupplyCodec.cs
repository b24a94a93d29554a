using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

internal sealed class SupplyCodec : IEntityCodec<Supply>
{
    public static string Table => "supplies";

    public static string[] Columns { get; } = ["supplier_id", "customer_id", "segment_id", "source", "confidence"];

    /// <summary>The segment is part of the table's key, so "no segment" is stored as an empty string, not NULL.</summary>
    public static void Write<TWriter>(Supply s, ref TWriter w)
        where TWriter : struct, IFieldWriter
    {
        w.Text("supplier_id", s.SupplierId);
        w.Text("customer_id", s.CustomerId);
        w.Text("segment_id", s.SegmentId ?? "");
        w.OptionalText("source", s.Source);
        w.Enum("confidence", s.Confidence);
    }

    public static Supply Read<TReader>(ref TReader r)
        where TReader : struct, IFieldReader =>
        new(
            SupplierId: r.Text("supplier_id"),
            CustomerId: r.Text("customer_id"),
            SegmentId: r.Text("segment_id") is { Length: > 0 } segment ? segment : null,
            Source: r.OptionalText("source"),
            Confidence: r.Enum<SupplyConfidence>("confidence"));
}
