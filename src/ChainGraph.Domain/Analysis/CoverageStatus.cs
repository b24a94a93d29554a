namespace ChainGraph.Domain.Analysis;

public enum CoverageStatus
{
    Strong,
    Weak,
    Missing,
}
