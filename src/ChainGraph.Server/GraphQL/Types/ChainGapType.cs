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
    }
}
