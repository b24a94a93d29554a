using ChainGraph.Domain.Lookup;
using ChainGraph.Domain.Model;
using ChainGraph.Server.GraphQL.Paging;
using ChainGraph.Server.GraphQL.Types;
using GraphQL;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL;

/// <summary><c>projectsConnection</c>: projects of every region, filtered, ordered and a page at a time.</summary>
internal static class ProjectQueries
{
    private const string Kind = "projects";

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ProjectConnectionType>>("projectsConnection")
            .Description("Projects of every region matching a filter, in an order (by id unless orderBy says otherwise), a page at a time")
            .Argument<ProjectFilterInputType>("filter")
            .Argument<ProjectOrderInputType>("orderBy", a => a.Description = "Order of the listing (default: id ascending); a cursor continues only the order it came from")
            .Argument<IntGraphType>("first", a => a.Description = PageSize.Description)
            .Argument<StringGraphType>("after", a => a.Description = "Opaque cursor: the endCursor of the previous page (another value is BAD_INPUT)")
            .ResolveAsync(async c => await PageAsync(c));
    }

    private static async Task<Connection<Project>> PageAsync(IResolveFieldContext c)
    {
        var first = PageSize.Of(c);
        var order = c.GetArgument<ProjectOrderInput?>("orderBy")?.ToOrder() ?? ProjectOrder.ById;
        var query = (c.GetArgument<ProjectFilter?>("filter") ?? new ProjectFilter()).ToQuery() with { Order = order };
        await CheckNamesAsync(c, query);
        var describe = OrderedCursor.Describe(order.Field, order.Descending);
        var cursor = c.GetArgument<string?>("after");
        var after = cursor is null ? null : OrderedCursor.Decode(cursor, Kind, describe, "after");
        var page = await new ProjectSearch(c.Store()).FindAsync(query, first, after, c.CancellationToken);
        var edges = page.Items.Select(p => new Edge<Project>(p, OrderedCursor.Encode(Kind, describe, order.PositionOf(p)))).ToList();
        return new Connection<Project>(edges, page.TotalCount, page.HasNextPage, after is not null);
    }

    private static Task CheckNamesAsync(IResolveFieldContext c, ProjectQuery query)
    {
        var regions = (query.RegionCode is { } region ? new[] { ("filter.regionCode", region) } : [])
            .Concat((query.RegionCodes ?? []).Select(r => ("filter.regionCodeIn", r)));
        var segments = (query.SegmentId is { } segment ? new[] { ("filter.segmentId", segment) } : [])
            .Concat((query.SegmentIds ?? []).Select(g => ("filter.segmentIdIn", g)));
        return KnownNames.CheckAsync(c, regions, segments);
    }
}
