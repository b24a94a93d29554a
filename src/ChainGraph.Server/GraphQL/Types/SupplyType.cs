using ChainGraph.Domain.Model;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class SupplyType : ObjectGraphType<Supply>
{
    public SupplyType()
    {
        Name = "Supply";
        Description = "SUPPLIES: the supplier sells to the customer, optionally for one segment.";
        NodeId.Implement(this, SupplyIds.Of);
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The row's key as one value, supplier>customer>segment (segment empty when none), for client caches")
            .Resolve(c => SupplyIds.Of(c.Source));
        Field<NonNullGraphType<IdGraphType>>("supplierId").Resolve(c => c.Source.SupplierId);
        Field<NonNullGraphType<IdGraphType>>("customerId").Resolve(c => c.Source.CustomerId);
        Field<IdGraphType>("segmentId").Resolve(c => c.Source.SegmentId);
        Field(x => x.Source, nullable: true).Description("Where the fact comes from");
        Field<NonNullGraphType<EnumerationGraphType<SupplyConfidence>>>("confidence")
            .Description("VERIFIED (a named document), REPORTED (trade press) or UNVERIFIED")
            .Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<CompanyType>>("supplier").Resolve(c => c.Loaders().Companies.Load(c.Source.SupplierId));
        Field<NonNullGraphType<CompanyType>>("customer").Resolve(c => c.Loaders().Companies.Load(c.Source.CustomerId));
        Field<SegmentType>("segment").ResolveAsync(async c => c.Source.SegmentId is { } s ? await c.Loaders().SegmentAsync(s, c.CancellationToken) : null);
    }
}
