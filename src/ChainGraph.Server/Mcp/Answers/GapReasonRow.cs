namespace ChainGraph.Server.Mcp.Answers;

/// <summary>Why a segment is a gap: the local anchor (null for a strong local segment), the via segment and the direction.</summary>
public sealed record GapReasonRow(Named? Anchor, Named Via, string Direction);
