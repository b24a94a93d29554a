namespace ChainGraph.Domain.Lookup;

/// <summary>The kinds of things a user names by id or by name.</summary>
public enum LookupKind
{
    Region,
    Chain,
    Segment,
    Company,
}
