namespace ChainGraph.Domain.Model;

/// <summary>The kinds of keyed rows a data set holds.</summary>
public enum EntityKind
{
    Chain,
    Region,
    Segment,
    SegmentFlow,
    Company,
    Site,
    Supply,
    Project,
    Anchor,
    RegionPriority,
}
