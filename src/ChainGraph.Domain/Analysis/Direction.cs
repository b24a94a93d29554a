namespace ChainGraph.Domain.Analysis;

/// <summary>UPSTREAM: the anchor needs what the gap segment makes. DOWNSTREAM: what the via segment makes is an input of the gap.</summary>
public enum Direction
{
    Upstream,
    Downstream,
}
