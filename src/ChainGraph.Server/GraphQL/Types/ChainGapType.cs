using ChainGraph.Domain.Analysis;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class ChainGapType : ObjectGraphType<ChainGap>
{
    public ChainGapType()
    {
        Name = "ChainGap";
        Description = "A missing or weak leaf segment worth recruiting for, with every reason.";
        Field<NonNullGraphType<SegmentType>>("segment").Resolve(c => c.Source.Segment);
        Field<NonNullGraphType<EnumerationGraphType<GapKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<EnumerationGraphType<CoverageStatus>>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapReasonType>>>>("reasons").Resolve(c => c.Source.Reasons);
        Field<NonNullGraphType<IntGraphType>>("anchorCount").Description("Distinct local anchor companies named in the reasons").Resolve(c => c.Source.AnchorCount);
        Field<NonNullGraphType<IntGraphType>>("linkedLocalCompanies")
            .Description("Distinct local companies working in the via segments of the reasons: the local firms that would buy from or sell to this segment")
            .Resolve(c => c.Source.LinkedLocalCompanies);
        Field<NonNullGraphType<BooleanGraphType>>("declared").Description("The region has declared this segment a priority of its own").Resolve(c => c.Source.Declared);
        Field<NonNullGraphType<BooleanGraphType>>("committed")
            .Description("One of the pipeline projects is SIGNED or STARTED: the link is being filled (follow-through, not recruitment)")
            .Resolve(c => c.Source.Committed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectType>>>>("pipelineProjects")
            .Description("Live-pipeline projects (LEAD to STARTED) in the region in this segment, ordered by id")
            .Resolve(c => c.Source.Pipeline);
    }
}
