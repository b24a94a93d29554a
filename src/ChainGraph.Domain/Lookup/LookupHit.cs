namespace ChainGraph.Domain.Lookup;

/// <summary>One thing found by name or id: what it is, its id, its names, and a short detail (level, chain, category).</summary>
public sealed record LookupHit(LookupKind Kind, string Id, string? NameZh, string? NameEn, string? Detail)
{
    /// <summary>"441200 肇庆市" — the id and the Chinese (else English) name, as suggestions show it.</summary>
    public override string ToString() => (NameZh ?? NameEn) is { } name ? $"{Id} {name}" : Id;
}
