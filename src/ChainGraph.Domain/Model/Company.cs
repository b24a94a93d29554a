namespace ChainGraph.Domain.Model;

/// <summary>
/// A company; <see cref="ParentId"/> is its group parent. The fields after it describe the company's scale for
/// a target library (contract version 2); no rule reads them.
/// </summary>
public sealed record Company(
    string Id,
    string NameZh,
    string? NameEn,
    string? Uscc,
    CompanyTags Tags,
    string? ParentId,
    string? StockCode = null,
    int? Founded = null,
    long? Employees = null,
    decimal? RevenueYuan = null,
    string? Website = null,
    string? Source = null);
