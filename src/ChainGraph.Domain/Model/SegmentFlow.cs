namespace ChainGraph.Domain.Model;

/// <summary>FEEDS: the output of <see cref="FromId"/> is an input of <see cref="ToId"/>.</summary>
public sealed record SegmentFlow(string FromId, string ToId);
