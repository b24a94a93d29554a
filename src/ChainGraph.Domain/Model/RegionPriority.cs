namespace ChainGraph.Domain.Model;

/// <summary>The region has declared the segment a target of its own (for example in a government plan).</summary>
public sealed record RegionPriority(string RegionCode, string SegmentId, string? Source)
{
    public RegionPriorityKey Key => new(RegionCode, SegmentId);
}
