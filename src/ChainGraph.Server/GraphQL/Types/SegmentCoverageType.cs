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
        Field<NonNullGraphType<FloatGraphType>>("pipelineInvestmentYuan").Description("Total of the disclosed amounts of the pipeline projects, in yuan").Resolve(c => (double)c.Source.PipelineInvestmentYuan);
        Field<NonNullGraphType<BooleanGraphType>>("declared").Description("The region has declared this segment a priority of its own").Resolve(c => c.Source.Declared);
    }
}
