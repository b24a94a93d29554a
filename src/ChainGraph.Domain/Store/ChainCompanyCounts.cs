namespace ChainGraph.Domain.Store;

/// <summary>
/// Distinct companies, anywhere, with a site working in each segment of a chain (segments without any may be
/// left out), and in some segment of the chain: the national side of the location quotient.
/// </summary>
public sealed record ChainCompanyCounts(IReadOnlyDictionary<string, int> BySegment, int Total);
