using ChainGraph.Domain.Store;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>Local companies and sites of one (region, segment), and how many of the companies are anchors of each chain (by chain ordinal).</summary>
internal readonly record struct PresenceCounts(int Companies, int Sites, int[] AnchorsByChain)
{
    public SegmentPresence For(int chain) => new(Companies, Sites, chain >= 0 && chain < AnchorsByChain.Length ? AnchorsByChain[chain] : 0);
}
