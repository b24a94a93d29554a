namespace ChainGraph.Domain.Store;

/// <summary>A tie of a candidate's group to a local anchor's group, weighted by the best-backed supply row between them.</summary>
public readonly record struct GroupTie(string GroupId, double Weight);
