namespace ChainGraph.Domain.Model;

/// <summary>The key of a supply row: (supplier, customer, segment or none).</summary>
public readonly record struct SupplyKey(string SupplierId, string CustomerId, string? SegmentId)
{
    public override string ToString() =>
        SegmentId is null ? $"{SupplierId}->{CustomerId}" : $"{SupplierId}->{CustomerId} ({SegmentId})";
}
