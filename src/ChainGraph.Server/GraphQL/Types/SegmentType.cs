using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using GraphQL;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class SegmentType : ObjectGraphType<Segment>
{
    public SegmentType()
    {
        Name = "Segment";
        Description = "A link of a chain; segments form a tree, and FEEDS flows connect them.";
        NodeId.Implement(this, s => s.Id);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("chainId").Resolve(c => c.Source.ChainId);
        Field(s => s.NameZh);
        Field(s => s.NameEn, nullable: true);
        Field<NonNullGraphType<EnumerationGraphType<SegmentCategory>>>("category").Resolve(c => c.Source.Category);
        Field<IdGraphType>("parentId").Resolve(c => c.Source.ParentId);
        Field<NonNullGraphType<BooleanGraphType>>("isLeaf")
            .Description("True when no segment is PART_OF this one")
            .ResolveAsync(async c => !(await c.Loaders().AllSegmentsAsync(c.CancellationToken)).Any(s => s.ParentId == c.Source.Id));
        Field<SegmentType>("parent").ResolveAsync(async c => c.Source.ParentId is { } p ? await c.Loaders().SegmentAsync(p, c.CancellationToken) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SegmentType>>>>("children")
            .ResolveAsync(async c => (await c.Loaders().AllSegmentsAsync(c.CancellationToken))
                .Where(s => s.ParentId == c.Source.Id).OrderBy(s => s.Id, Ids.Comparer).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SegmentType>>>>("feeds")
            .Description("Segments this one FEEDS (its output is their input)")
            .ResolveAsync(async c => await FlowEnds(c, f => f.FromId == c.Source.Id, f => f.ToId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SegmentType>>>>("fedBy")
            .Description("Segments that FEED this one")
            .ResolveAsync(async c => await FlowEnds(c, f => f.ToId == c.Source.Id, f => f.FromId));
        Field<ChainType>("chain").ResolveAsync(async c => (await c.Store().GetChainsAsync(c.CancellationToken)).FirstOrDefault(ch => ch.Id == c.Source.ChainId));
    }

    private static async Task<object?> FlowEnds(IResolveFieldContext<Segment> c, Func<SegmentFlow, bool> match, Func<SegmentFlow, string> end)
    {
        var loaders = c.Loaders();
        var result = new List<Segment>();
        foreach (var flow in (await loaders.AllFlowsAsync(c.CancellationToken)).Where(match))
        {
            if (await loaders.SegmentAsync(end(flow), c.CancellationToken) is { } s)
            {
                result.Add(s);
            }
        }
        result.Sort((a, b) => Ids.Comparer.Compare(a.Id, b.Id));
        return result;
    }
}
