namespace ChainGraph.Domain.Store;

/// <summary>Where a page starts after: the id of the last item seen and its key in the listing's order (what a cursor holds).</summary>
public sealed record PagePosition(string Id, OrderKey Key = default);
