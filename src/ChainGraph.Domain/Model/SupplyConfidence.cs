namespace ChainGraph.Domain.Model;

/// <summary>How well a supply fact is backed: a named document, trade press, or neither.</summary>
public enum SupplyConfidence
{
    Verified,
    Reported,
    Unverified,
}
