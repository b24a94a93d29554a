namespace ChainGraph.Domain.Model;

/// <summary>The company is an anchor (链主) of the chain; like the ANCHOR tag, it passes down to the companies below it in its group.</summary>
public sealed record Anchor(string CompanyId, string ChainId, string? Source)
{
    public AnchorKey Key => new(CompanyId, ChainId);
}
