using ChainGraph.Domain.Analysis;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class RecruitmentSimulationType : ObjectGraphType<RecruitmentSimulation>
{
    public RecruitmentSimulationType()
    {
        Name = "RecruitmentSimulation";
        Description = "What landing the companies would change in the region's gaps and coverage.";
        Field(x => x.GapsBefore);
        Field(x => x.GapsAfter);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChainGapType>>>>("closedGaps").Description("Gaps before that are no gap after, in the before order").Resolve(c => c.Source.ClosedGaps);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChainGapType>>>>("newGaps").Description("Gaps after that were no gap before, in the after order").Resolve(c => c.Source.NewGaps);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapChangeType>>>>("changedGaps").Description("Gaps both times with another kind or status, by segment id").Resolve(c => c.Source.ChangedGaps);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageChangeType>>>>("coverageChanges").Description("Segments whose local company count changes, by segment id").Resolve(c => c.Source.CoverageChanges);
    }
}
