namespace ChainGraph.Domain.Model;

/// <summary>The link family a chain segment belongs to. The order is the enum order of the contract.</summary>
public enum SegmentCategory
{
    Materials,
    Cells,
    Components,
    Equipment,
    Recycling,
    Applications,
}
