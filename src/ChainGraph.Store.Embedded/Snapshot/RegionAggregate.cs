using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>What a snapshot knows of one region and everything below it.</summary>
internal sealed class RegionAggregate
{
    /// <summary>Local sites, in id order.</summary>
    public int[] LocalSites { get; init; } = [];

    /// <summary>Local companies, in id order.</summary>
    public int[] LocalCompanies { get; init; } = [];

    /// <summary>Presence by segment ordinal, for segments with at least one local site.</summary>
    public Dictionary<int, PresenceCounts> Presence { get; init; } = [];

    /// <summary>Per chain ordinal: the local anchors of that chain, in company id order.</summary>
    public LocalAnchor[][] Anchors { get; init; } = [];

    /// <summary>Projects in the region, in id order.</summary>
    public Project[] Projects { get; init; } = [];
}
