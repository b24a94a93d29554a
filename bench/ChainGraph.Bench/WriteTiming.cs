namespace ChainGraph.Bench;

/// <summary>One kind of write's times in the write probe: the median and the largest, in milliseconds.</summary>
internal sealed record WriteTiming(double P50, double Max);
