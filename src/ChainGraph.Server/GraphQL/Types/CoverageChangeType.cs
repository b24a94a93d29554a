using ChainGraph.Domain.Analysis;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class CoverageChangeType : ObjectGraphType<CoverageChange>
{
    public CoverageChangeType()
    {
        Name = "CoverageChange";
        Description = "A segment whose local company count changes.";
        Field<NonNullGraphType<SegmentType>>("segment").Resolve(c => c.Source.Segment);
        Field(x => x.CountBefore);
        Field(x => x.CountAfter);
        Field<NonNullGraphType<EnumerationGraphType<CoverageStatus>>>("statusBefore").Resolve(c => c.Source.StatusBefore);
        Field<NonNullGraphType<EnumerationGraphType<CoverageStatus>>>("statusAfter").Resolve(c => c.Source.StatusAfter);
    }
}
