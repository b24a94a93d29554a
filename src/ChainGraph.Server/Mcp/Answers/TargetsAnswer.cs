using ChainGraph.Domain.Analysis;

namespace ChainGraph.Server.Mcp.Answers;

/// <summary>The answer of <c>recruitTargets</c>: what was asked (ids resolved, the weights used) and the targets, best first.</summary>
public sealed record TargetsAnswer(Named Region, SegmentRef Segment, string Scope, ScoreWeights Weights, IReadOnlyList<TargetRow> Targets);
