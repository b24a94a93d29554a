using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Store;

/// <summary>A ChainGraph store: reads, key lookups for validation, and all-or-nothing writes.</summary>
public interface IGraphStore : IGraphReader, IKeyLookup
{
    /// <summary>
    /// Applies a validated change set in one transaction: everything or nothing. Readers see the graph
    /// before or after, never in between.
    /// </summary>
    ValueTask ApplyAsync(ChangeSet changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes supply rows; returns how many existed.</summary>
    ValueTask<int> DeleteSuppliesAsync(IReadOnlyCollection<SupplyKey> keys, CancellationToken cancellationToken = default);

    /// <summary>Deletes anchor rows; returns how many existed.</summary>
    ValueTask<int> DeleteAnchorsAsync(IReadOnlyCollection<AnchorKey> keys, CancellationToken cancellationToken = default);

    /// <summary>Deletes region priority rows; returns how many existed.</summary>
    ValueTask<int> DeleteRegionPrioritiesAsync(IReadOnlyCollection<RegionPriorityKey> keys, CancellationToken cancellationToken = default);

    /// <summary>Throws <see cref="StoreUnavailableException"/> when the store cannot answer.</summary>
    ValueTask PingAsync(CancellationToken cancellationToken = default);
}
