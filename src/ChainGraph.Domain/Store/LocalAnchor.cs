namespace ChainGraph.Domain.Store;

/// <summary>
/// A local anchor of a region for a chain: a local company that is an anchor of the chain (it or a company
/// above it in its group is tagged ANCHOR or has an anchor row for the chain), its group root, and the leaf
/// segments its local sites work in.
/// </summary>
public sealed record LocalAnchor(string CompanyId, string GroupId, IReadOnlyList<string> LeafSegmentIds);
