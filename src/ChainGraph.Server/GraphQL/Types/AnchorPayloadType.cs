using ChainGraph.Domain.Model;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class AnchorPayloadType : ObjectGraphType<Change<Anchor>>
{
    public AnchorPayloadType()
    {
        Name = "AnchorPayload";
        Description = "The anchor row (链主) saveAnchor stored, as it is now.";
        Field<NonNullGraphType<CompanyType>>("company").Description("The anchor company (its anchorOf now lists the chain)").Resolve(c => c.Loaders().Companies.Load(c.Source.Row.CompanyId));
        Field<NonNullGraphType<ChainType>>("chain").Description("The chain it anchors")
            .ResolveAsync(async c => (await c.Store().GetChainsAsync(c.CancellationToken)).First(x => x.Id == c.Source.Row.ChainId));
        Field<StringGraphType>("source").Description("Where the fact comes from").Resolve(c => c.Source.Row.Source);
        Field<NonNullGraphType<BooleanGraphType>>("created").Description("True when the row is new, false when it replaced one").Resolve(c => c.Source.Created);
    }
}
