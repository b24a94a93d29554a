using ChainGraph.Domain.Model;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>Input of <c>upsertSupply</c>.</summary>
public sealed class SupplyInput
{
    public string SupplierId { get; set; } = "";
    public string CustomerId { get; set; } = "";
    public string? SegmentId { get; set; }
    public string? Source { get; set; }

    public Supply ToSupply() => new(SupplierId.Trim(), CustomerId.Trim(), InputText.Blank(SegmentId), InputText.Blank(Source));
}
