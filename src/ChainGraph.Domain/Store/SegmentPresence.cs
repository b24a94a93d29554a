namespace ChainGraph.Domain.Store;

/// <summary>
/// Local presence in one segment of a region: distinct local companies with a local site that works
/// in the segment (itself or below), those sites, and how many of the companies are anchors.
/// </summary>
public readonly record struct SegmentPresence(int CompanyCount, int SiteCount, int AnchorCount);
