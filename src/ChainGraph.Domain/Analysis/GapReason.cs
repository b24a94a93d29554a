namespace ChainGraph.Domain.Analysis;

/// <summary>Why a segment is a gap: an anchor (or none) working in the via segment, and the flow's direction.</summary>
public sealed record GapReason(string? AnchorId, string ViaSegmentId, Direction Direction);
