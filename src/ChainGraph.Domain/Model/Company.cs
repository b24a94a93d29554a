namespace ChainGraph.Domain.Model;

/// <summary>A company; <see cref="ParentId"/> is its group parent.</summary>
public sealed record Company(
    string Id,
    string NameZh,
    string? NameEn,
    string? Uscc,
    CompanyTags Tags,
    string? ParentId);
