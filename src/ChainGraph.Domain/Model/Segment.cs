namespace ChainGraph.Domain.Model;

/// <summary>A link of a chain. Segments form a tree through <see cref="ParentId"/>.</summary>
public sealed record Segment(
    string Id,
    string ChainId,
    string NameZh,
    string? NameEn,
    SegmentCategory Category,
    string? ParentId);
