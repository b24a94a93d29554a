namespace ChainGraph.Domain.Model;

/// <summary>An investment project in a region, with its pipeline status.</summary>
public sealed record Project(
    string Id,
    string NameZh,
    string? CompanyId,
    string RegionCode,
    string? SegmentId,
    decimal? InvestmentYuan,
    ProjectStatus Status,
    DateOnly StatusDate,
    string? Source);
