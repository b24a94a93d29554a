using ChainGraph.Domain.Model;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>Input of <c>upsertSupply</c>.</summary>
public sealed class SupplyInput
{
    public string SupplierId { get; set; } = "";
    public string CustomerId { get; set; } = "";
    public string? SegmentId { get; set; }
    public string? Source { get; set; }

    public SupplyConfidence? Confidence { get; set; }

    public Supply ToSupply() => new(
        SupplierId: SupplierId.Trim(),
        CustomerId: CustomerId.Trim(),
        SegmentId: InputText.Blank(SegmentId),
        Source: InputText.Blank(Source),
        Confidence: Confidence ?? SupplyConfidence.Reported);
}
