using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Store.Neo4j;

// Placeholder while the Neo4j side of contract version 2 is written; replaced before v2 lands.
public sealed partial class Neo4jGraphStore
{
    public ValueTask<IReadOnlyDictionary<string, SegmentPresence>> GetSegmentPresenceAsync(string regionCode, string chainId, IReadOnlyCollection<string> segmentIds, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetLocalCompaniesAsync(string regionCode, IReadOnlyCollection<string> segmentIds, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<IReadOnlyList<LocalAnchor>> GetLocalAnchorsAsync(string regionCode, string chainId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<ChainCompanyCounts> GetChainCompanyCountsAsync(string chainId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>>> GetRegionPrioritiesAsync(IReadOnlyCollection<string> regionCodes, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Anchor>>> GetAnchorsOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Project>>> GetProjectsOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<int> DeleteAnchorsAsync(IReadOnlyCollection<AnchorKey> keys, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<int> DeleteRegionPrioritiesAsync(IReadOnlyCollection<RegionPriorityKey> keys, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
