using ChainGraph.Domain.Analysis;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class RegionComparisonRowType : ObjectGraphType<RegionComparisonRow>
{
    public RegionComparisonRowType()
    {
        Name = "RegionComparisonRow";
        Description = "A segment of the chain with one cell per compared region, in the order the regions were asked.";
        Field<NonNullGraphType<SegmentType>>("segment").Resolve(c => c.Source.Segment);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionComparisonCellType>>>>("cells").Resolve(c => c.Source.Cells);
    }
}
