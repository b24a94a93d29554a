using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Analysis;

public sealed record SegmentCoverage(
    Segment Segment,
    CoverageStatus Status,
    int LocalCompanyCount,
    int LocalSiteCount,
    int LocalAnchorCount,
    int PipelineProjectCount,
    decimal PipelineInvestmentYuan,
    bool Declared = false);
