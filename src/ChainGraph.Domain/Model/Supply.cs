namespace ChainGraph.Domain.Model;

/// <summary>The supplier sells to the customer (in a segment, when given); <see cref="Confidence"/> says how well the fact is backed.</summary>
public sealed record Supply(string SupplierId, string CustomerId, string? SegmentId, string? Source, SupplyConfidence Confidence = SupplyConfidence.Reported)
{
    public SupplyKey Key => new(SupplierId, CustomerId, SegmentId);
}
