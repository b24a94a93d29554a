using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>The <c>filter</c> argument of <c>companies</c>.</summary>
public sealed class CompanyFilter
{
    /// <summary>How many values a list filter may hold.</summary>
    public const int MaxListLength = 500;

    public string? NameContains { get; set; }
    public string? RegionCode { get; set; }
    public string? SegmentId { get; set; }
    public List<CompanyTag>? Tags { get; set; }
    public List<string>? IdIn { get; set; }
    public List<string>? RegionCodeIn { get; set; }
    public List<string>? SegmentIdIn { get; set; }
    public List<CompanyTag>? TagsAny { get; set; }
    public int? FoundedFrom { get; set; }
    public int? FoundedTo { get; set; }
    public double? RevenueYuanAtLeast { get; set; }
    public List<CompanyFilter>? Or { get; set; }

    /// <summary>The store query for this filter (checked: list sizes, OR depth); the order is set by the caller.</summary>
    public CompanyQuery ToQuery(string argument = "filter", bool nested = false)
    {
        if (nested && Or is not null)
        {
            throw BadArgumentException.OutOfRange(argument + ".OR", "a filter inside OR may not have an OR of its own");
        }
        if (Or is { Count: > CompanyQuery.MaxAnyOf })
        {
            throw BadArgumentException.OutOfRange(argument + ".OR", $"may hold at most {CompanyQuery.MaxAnyOf} filters, not {Or.Count}");
        }
        Check(IdIn, argument + ".idIn");
        Check(RegionCodeIn, argument + ".regionCodeIn");
        Check(SegmentIdIn, argument + ".segmentIdIn");
        if (FoundedFrom > FoundedTo)
        {
            throw BadArgumentException.OutOfRange(argument + ".foundedFrom", $"{FoundedFrom} is after foundedTo {FoundedTo}");
        }
        if (RevenueYuanAtLeast is < 0 or > 1e20)
        {
            throw BadArgumentException.OutOfRange(argument + ".revenueYuanAtLeast", $"must be between 0 and 1e20 yuan, not {RevenueYuanAtLeast}");
        }
        return new CompanyQuery(InputText.Blank(NameContains), InputText.Blank(RegionCode), InputText.Blank(SegmentId), CompanyTags.Of(Tags ?? []))
        {
            Ids = IdIn,
            RegionCodes = RegionCodeIn,
            SegmentIds = SegmentIdIn,
            AnyTags = CompanyTags.Of(TagsAny ?? []),
            FoundedFrom = FoundedFrom,
            FoundedTo = FoundedTo,
            RevenueYuanAtLeast = RevenueYuanAtLeast is { } revenue ? (decimal)revenue : null,
            AnyOf = Or?.Select((f, i) => f.ToQuery($"{argument}.OR[{i}]", nested: true)).ToList(),
        };
    }

    private static void Check(List<string>? values, string argument)
    {
        if (values is { Count: 0 })
        {
            throw BadArgumentException.OutOfRange(argument, "is empty: leave it out, or give at least one value");
        }
        if (values is { Count: > MaxListLength })
        {
            throw BadArgumentException.OutOfRange(argument, $"may hold at most {MaxListLength} values, not {values.Count}");
        }
    }
}
