namespace ChainGraph.Domain.Model;

/// <summary>The key of a region priority row: (region, segment).</summary>
public readonly record struct RegionPriorityKey(string RegionCode, string SegmentId)
{
    public override string ToString() => $"{RegionCode} @ {SegmentId}";
}
