using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Lookup;

/// <summary>
/// Filters for listing projects, all of which must hold; a list matches any of its values; a region or segment
/// includes everything below it.
/// </summary>
public sealed record ProjectQuery
{
    public string? NameContains { get; init; }
    public string? RegionCode { get; init; }
    public IReadOnlyList<string>? RegionCodes { get; init; }
    public string? SegmentId { get; init; }
    public IReadOnlyList<string>? SegmentIds { get; init; }
    public IReadOnlyList<string>? CompanyIds { get; init; }
    public IReadOnlyList<ProjectStatus>? Statuses { get; init; }
    public DateOnly? StatusDateFrom { get; init; }
    public DateOnly? StatusDateTo { get; init; }

    /// <summary>Investment at least this many yuan (undisclosed investments do not match).</summary>
    public decimal? InvestmentYuanAtLeast { get; init; }

    public ProjectOrder Order { get; init; } = ProjectOrder.ById;
}
