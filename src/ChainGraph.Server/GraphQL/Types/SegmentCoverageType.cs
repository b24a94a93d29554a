using ChainGraph.Domain.Analysis;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class SegmentCoverageType : ObjectGraphType<SegmentCoverage>
{
    public SegmentCoverageType()
    {
        Name = "SegmentCoverage";
        Description = "How well a region covers one segment of a chain.";
        Field<NonNullGraphType<SegmentType>>("segment").Resolve(c => c.Source.Segment);
        Field<NonNullGraphType<EnumerationGraphType<CoverageStatus>>>("status").Resolve(c => c.Source.Status);
        Field(x => x.LocalCompanyCount);
        Field(x => x.LocalSiteCount);
        Field(x => x.LocalAnchorCount);
        Field(x => x.PipelineProjectCount);
        Field<NonNullGraphType<FloatGraphType>>("pipelineInvestmentYuan").Resolve(c => (double)c.Source.PipelineInvestmentYuan);
    }
}
