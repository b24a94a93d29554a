namespace ChainGraph.Domain.Model;

/// <summary>Tags a company may carry. ANCHOR marks chain leaders; the others are credentials.</summary>
public enum CompanyTag
{
    Anchor,
    HighTech,
    Srdi,
    Listed,
}
