using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Domain.Text;

namespace ChainGraph.Store.Neo4j.Mapping;

/// <summary>The parameters of FindCompanies.cypher for a query, an order and a position.</summary>
internal static class CompanyQueryParameters
{
    public static Dictionary<string, object?> Of(CompanyQuery query, int first, PagePosition? after)
    {
        var text = string.IsNullOrEmpty(query.NameContains) ? null : query.NameContains;
        var filters = new List<object?> { Filter(query, "all") };
        filters.AddRange((query.AnyOf ?? []).Select(q => Filter(q, "any")));
        var order = query.Order;
        return new Dictionary<string, object?>
        {
            ["fullText"] = NameSearch.Phrase(text),
            ["filters"] = filters,
            ["anyCount"] = (long)(query.AnyOf?.Count ?? 0),
            ["orderField"] = ContractNames.Of(order.Field),
            ["descending"] = order.Descending,
            ["after"] = after is null ? null : new Dictionary<string, object?>
            {
                ["id"] = after.Id,
                ["text"] = after.Key.Text,
                ["number"] = after.Key.Number is { } n ? (double)n : null,
                ["missing"] = order.Field != CompanyOrderField.Id && after.Key.IsMissing,
            },
            ["first"] = (long)Math.Max(0, first),
        };
    }

    private static Dictionary<string, object?> Filter(CompanyQuery q, string group) => new()
    {
        ["group"] = group,
        ["text"] = string.IsNullOrEmpty(q.NameContains) ? null : q.NameContains,
        ["tags"] = q.Tags.ContractNames(),
        ["anyTags"] = q.AnyTags.ContractNames(),
        ["ids"] = q.Ids?.ToList(),
        ["foundedFrom"] = q.FoundedFrom is { } from ? (long)from : null,
        ["foundedTo"] = q.FoundedTo is { } to ? (long)to : null,
        ["revenueAtLeast"] = q.RevenueYuanAtLeast is { } revenue ? (double)revenue : null,
        ["regionCode"] = q.RegionCode,
        ["regionCodes"] = q.RegionCodes?.ToList(),
        ["segmentId"] = q.SegmentId,
        ["segmentIds"] = q.SegmentIds?.ToList(),
    };
}
