using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class ChainType : ObjectGraphType<Chain>
{
    public ChainType()
    {
        Name = "Chain";
        Description = "An industrial chain.";
        NodeId.Implement(this, c => c.Id);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(c => c.NameZh, nullable: true);
        Field(c => c.NameEn, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SegmentType>>>>("segments")
            .Description("Every segment of the chain, ordered by id")
            .ResolveAsync(async c => (await c.Loaders().AllSegmentsAsync(c.CancellationToken))
                .Where(s => s.ChainId == c.Source.Id).OrderBy(s => s.Id, Ids.Comparer).ToList());
    }
}
