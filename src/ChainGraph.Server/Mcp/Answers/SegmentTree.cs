namespace ChainGraph.Server.Mcp.Answers;

/// <summary>A chain's segment tree (环节树), from the chain's root segments down to the leaves.</summary>
public sealed record SegmentTree(Named Chain, IReadOnlyList<SegmentNode> Roots);
