namespace ChainGraph.Server.Mcp.Answers;

/// <summary>
/// A region's standing in one chain: its leaf segments by status (weakBelow 2), its gaps by kind with the first
/// few in order, and its local anchors.
/// </summary>
public sealed record ChainStanding(
    Named Chain,
    int StrongLeaves,
    int WeakLeaves,
    int MissingLeaves,
    int FillGaps,
    int StrengthenGaps,
    int ExtendGaps,
    IReadOnlyList<GapBrief> TopGaps,
    IReadOnlyList<Named> LocalAnchors);
