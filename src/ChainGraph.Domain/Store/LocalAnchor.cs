namespace ChainGraph.Domain.Store;

/// <summary>
/// A local anchor of a region: a local company that is an anchor (itself or a company above it in its
/// group is tagged ANCHOR), its group root, and the leaf segments its local sites work in.
/// </summary>
public sealed record LocalAnchor(string CompanyId, string GroupId, IReadOnlyList<string> LeafSegmentIds);
