namespace ChainGraph.Domain.Store;

/// <summary>
/// Filters for listing companies, and their order. All given filters must hold; <see cref="AnyOf"/> adds "and at
/// least one of these filters holds". Region and segment include their sub-regions and sub-segments; a list
/// (<see cref="RegionCodes"/>, <see cref="SegmentIds"/>, <see cref="Ids"/>, <see cref="AnyTags"/>) matches any of
/// its members.
/// </summary>
public sealed record CompanyQuery(
    string? NameContains = null,
    string? RegionCode = null,
    string? SegmentId = null,
    Model.CompanyTags Tags = Model.CompanyTags.None)
{
    /// <summary>How many filters may be given in <see cref="AnyOf"/>.</summary>
    public const int MaxAnyOf = 20;

    /// <summary>One of these company ids.</summary>
    public IReadOnlyList<string>? Ids { get; init; }

    /// <summary>A site in one of these regions or below one of them.</summary>
    public IReadOnlyList<string>? RegionCodes { get; init; }

    /// <summary>A site working in one of these segments or below one of them.</summary>
    public IReadOnlyList<string>? SegmentIds { get; init; }

    /// <summary>At least one of these tags (None: no condition).</summary>
    public Model.CompanyTags AnyTags { get; init; }

    /// <summary>Founded in this year or later (companies without a founding year do not match).</summary>
    public int? FoundedFrom { get; init; }

    /// <summary>Founded in this year or earlier (companies without a founding year do not match).</summary>
    public int? FoundedTo { get; init; }

    /// <summary>Latest annual revenue at least this many yuan (companies without a figure do not match).</summary>
    public decimal? RevenueYuanAtLeast { get; init; }

    /// <summary>At least one of these filters holds too; they may not have an <see cref="AnyOf"/> of their own, and their order is not used.</summary>
    public IReadOnlyList<CompanyQuery>? AnyOf { get; init; }

    /// <summary>The order of the answer (ids ascending unless said otherwise).</summary>
    public CompanyOrder Order { get; init; } = CompanyOrder.ById;

    /// <summary>Every region code and segment id the query names, nested filters included, for checking that they exist.</summary>
    public IEnumerable<(string Argument, string Value)> RegionCodesNamed(string prefix) =>
        Named(prefix, q => [.. Single(q.RegionCode, "regionCode"), .. Many(q.RegionCodes, "regionCodeIn")]);

    /// <summary>Every segment id the query names, nested filters included.</summary>
    public IEnumerable<(string Argument, string Value)> SegmentIdsNamed(string prefix) =>
        Named(prefix, q => [.. Single(q.SegmentId, "segmentId"), .. Many(q.SegmentIds, "segmentIdIn")]);

    private IEnumerable<(string, string)> Named(string prefix, Func<CompanyQuery, IEnumerable<(string Name, string Value)>> of)
    {
        foreach (var (name, value) in of(this))
        {
            yield return ($"{prefix}.{name}", value);
        }
        for (var i = 0; i < (AnyOf?.Count ?? 0); i++)
        {
            foreach (var (name, value) in of(AnyOf![i]))
            {
                yield return ($"{prefix}.OR[{i}].{name}", value);
            }
        }
    }

    private static IEnumerable<(string, string)> Single(string? value, string name) => value is null ? [] : [(name, value)];

    private static IEnumerable<(string, string)> Many(IReadOnlyList<string>? values, string name) =>
        values is null ? [] : values.Select(v => (name, v));
}
