using ChainGraph.Domain.Model;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class RegionPriorityType : ObjectGraphType<RegionPriority>
{
    public RegionPriorityType()
    {
        Name = "RegionPriority";
        Description = "A segment a region has declared a target of its own (for example in a government plan).";
        Field<NonNullGraphType<IdGraphType>>("regionCode").Resolve(c => c.Source.RegionCode);
        Field<NonNullGraphType<IdGraphType>>("segmentId").Resolve(c => c.Source.SegmentId);
        Field(x => x.Source, nullable: true).Description("Where the region declared it");
        Field<NonNullGraphType<SegmentType>>("segment").ResolveAsync(async c => await c.Loaders().SegmentAsync(c.Source.SegmentId, c.CancellationToken));
    }
}
