namespace ChainGraph.Domain.Model;

/// <summary>An administrative region (GB/T 2260 code), or a park keyed by its city's code and a suffix.</summary>
public sealed record Region(
    string Code,
    string NameZh,
    string? NameEn,
    RegionLevel Level,
    string? ParentCode,
    double Lat,
    double Lon);
