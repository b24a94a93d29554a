using ChainGraph.Domain.Analysis;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class GapReasonType : ObjectGraphType<GapReason>
{
    public GapReasonType()
    {
        Name = "GapReason";
        Description = "An anchor (or none) working in the via segment, and the direction of the flow.";
        Field<CompanyType>("anchor").Resolve(c => c.Source.AnchorId is { } id ? c.Loaders().Companies.Load(id) : null);
        Field<NonNullGraphType<SegmentType>>("via").ResolveAsync(async c => await c.Loaders().SegmentAsync(c.Source.ViaSegmentId, c.CancellationToken));
        Field<NonNullGraphType<EnumerationGraphType<Direction>>>("direction").Resolve(c => c.Source.Direction);
    }
}
