using ChainGraph.Domain.Analysis;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class GapChangeType : ObjectGraphType<GapChange>
{
    public GapChangeType()
    {
        Name = "GapChange";
        Description = "A segment that stays a gap but changes kind or status.";
        Field<NonNullGraphType<SegmentType>>("segment").Resolve(c => c.Source.Segment);
        Field<NonNullGraphType<EnumerationGraphType<GapKind>>>("kindBefore").Resolve(c => c.Source.KindBefore);
        Field<NonNullGraphType<EnumerationGraphType<GapKind>>>("kindAfter").Resolve(c => c.Source.KindAfter);
        Field<NonNullGraphType<EnumerationGraphType<CoverageStatus>>>("statusBefore").Resolve(c => c.Source.StatusBefore);
        Field<NonNullGraphType<EnumerationGraphType<CoverageStatus>>>("statusAfter").Resolve(c => c.Source.StatusAfter);
    }
}
