namespace ChainGraph.Domain.Model;

/// <summary>The key of an anchor row: (company, chain).</summary>
public readonly record struct AnchorKey(string CompanyId, string ChainId)
{
    public override string ToString() => $"{CompanyId} @ {ChainId}";
}
