namespace ChainGraph.Domain.Model;

/// <summary>A set of <see cref="CompanyTag"/> values as bit flags.</summary>
[Flags]
public enum CompanyTags
{
    None = 0,
    Anchor = 1 << CompanyTag.Anchor,
    HighTech = 1 << CompanyTag.HighTech,
    Srdi = 1 << CompanyTag.Srdi,
    Listed = 1 << CompanyTag.Listed,
}
