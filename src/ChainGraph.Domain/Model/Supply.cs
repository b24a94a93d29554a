namespace ChainGraph.Domain.Model;

/// <summary>SUPPLIES between two companies, optionally for one segment, with where the fact comes from.</summary>
public sealed record Supply(string SupplierId, string CustomerId, string? SegmentId, string? Source)
{
    public SupplyKey Key => new(SupplierId, CustomerId, SegmentId);
}
