namespace ChainGraph.Domain.Model;

/// <summary>Administrative level of a region, from the country down to a park or zone.</summary>
public enum RegionLevel
{
    Country,
    Province,
    City,
    District,
    Park,
}
