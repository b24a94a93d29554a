namespace ChainGraph.Domain.Model;

/// <summary>What a company does at a site.</summary>
public enum SiteKind
{
    Hq,
    Plant,
    Rnd,
    Base,
}
