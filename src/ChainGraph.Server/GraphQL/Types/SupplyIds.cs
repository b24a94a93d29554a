using ChainGraph.Domain.Model;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>A supply row's key as one value: supplier&gt;customer&gt;segment (segment empty when none).</summary>
public static class SupplyIds
{
    public static string Of(Supply supply) => $"{supply.SupplierId}>{supply.CustomerId}>{supply.SegmentId}";

    public static (string SupplierId, string CustomerId, string? SegmentId)? Parse(string key) =>
        key.Split('>') is [var supplier, var customer, var segment] && supplier.Length > 0 && customer.Length > 0
            ? (supplier, customer, segment.Length == 0 ? null : segment)
            : null;
}
