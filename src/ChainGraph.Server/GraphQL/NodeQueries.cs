using ChainGraph.Domain;
using ChainGraph.Server.GraphQL.Types;
using GraphQL;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL;

/// <summary><c>node(nodeId:)</c> and <c>nodes(nodeIds:)</c>: any entity back from its global id.</summary>
internal static class NodeQueries
{
    public const int MaxNodes = 100;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("The entity with this global id (its nodeId field), or null when it no longer exists")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId", a => a.Description = "A nodeId handed out by this service (another value is BAD_INPUT)")
            .ResolveAsync(async c => await FetchAsync(c, c.GetArgument<string>("nodeId"), "nodeId"));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"The entities with these global ids, in the same order, null where one no longer exists (at most {MaxNodes})")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("nodeIds", a => a.Description = "nodeId values handed out by this service")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("nodeIds");
                if (ids.Count > MaxNodes)
                {
                    throw BadArgumentException.OutOfRange("nodeIds", $"may hold at most {MaxNodes} ids, not {ids.Count}");
                }
                var nodes = new List<object?>(ids.Count);
                for (var i = 0; i < ids.Count; i++)
                {
                    nodes.Add(await FetchAsync(c, ids[i], $"nodeIds[{i}]"));
                }
                return nodes;
            });
    }

    private static async Task<object?> FetchAsync(IResolveFieldContext c, string nodeId, string argument)
    {
        var (type, key) = NodeId.Decode(nodeId, argument);
        var loaders = c.Loaders();
        var ct = c.CancellationToken;
        return type switch
        {
            "Company" => await loaders.Companies.Load(key).GetResultAsync(ct),
            "Region" => await loaders.Regions.Load(key).GetResultAsync(ct),
            "Site" => await loaders.Sites.Load(key).GetResultAsync(ct),
            "Project" => await loaders.Projects.Load(key).GetResultAsync(ct),
            "Segment" => await loaders.SegmentAsync(key, ct),
            "Chain" => (await c.Store().GetChainsAsync(ct)).FirstOrDefault(x => x.Id == key),
            "Supply" => SupplyIds.Parse(key) is { } k
                ? (await loaders.SuppliesOfCompany.Load(k.SupplierId).GetResultAsync(ct))?
                    .FirstOrDefault(s => s.SupplierId == k.SupplierId && s.CustomerId == k.CustomerId && s.SegmentId == k.SegmentId)
                : null,
            _ => null,
        };
    }
}
