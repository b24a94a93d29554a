namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>A group root that supplies another, with the largest confidence weight of the supply rows between the two groups.</summary>
internal readonly record struct GroupSupplier(int Group, double Weight);
