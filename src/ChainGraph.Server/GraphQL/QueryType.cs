using ChainGraph.Domain;
using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Server.GraphQL.Paging;
using ChainGraph.Server.GraphQL.Types;
using GraphQL;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL;

/// <summary>The read side of the API: entities, and the planner's questions answered by the engine.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChainType>>>>("chains")
            .ResolveAsync(async c => await c.Store().GetChainsAsync(c.CancellationToken));
        Field<ChainType>("chain").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => (await c.Store().GetChainsAsync(c.CancellationToken)).FirstOrDefault(x => x.Id == c.GetArgument<string>("id")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SegmentType>>>>("segments")
            .Argument<IdGraphType>("chainId")
            .Argument<EnumerationGraphType<SegmentCategory>>("category")
            .ResolveAsync(async c =>
            {
                var chainId = c.GetArgument<string?>("chainId");
                var category = c.GetArgument<SegmentCategory?>("category");
                return (await c.Store().GetSegmentsAsync(c.CancellationToken))
                    .Where(s => (chainId is null || s.ChainId == chainId) && (category is null || s.Category == category))
                    .OrderBy(s => s.Id, Ids.Comparer).ToList();
            });
        Field<SegmentType>("segment").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Loaders().SegmentAsync(c.GetArgument<string>("id"), c.CancellationToken));
        Field<RegionType>("region").Argument<NonNullGraphType<IdGraphType>>("code")
            .Resolve(c => c.Loaders().Regions.Load(c.GetArgument<string>("code")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("regions")
            .Description("Regions at a level and/or directly under a parent, ordered by code")
            .Argument<EnumerationGraphType<RegionLevel>>("level")
            .Argument<IdGraphType>("parentCode")
            .ResolveAsync(async c => await c.Store().FindRegionsAsync(c.GetArgument<RegionLevel?>("level"), c.GetArgument<string?>("parentCode"), c.CancellationToken));
        Field<CompanyType>("company").Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Companies.Load(c.GetArgument<string>("id")));
        Field<NonNullGraphType<CompanyConnectionType>>("companies")
            .Description("Companies matching a filter, in an order (by id unless orderBy says otherwise), a page at a time")
            .Argument<CompanyFilterInputType>("filter")
            .Argument<CompanyOrderInputType>("orderBy", a => a.Description = "Order of the listing (default: id ascending); a cursor continues only the order it came from")
            .Argument<IntGraphType>("first", a => a.Description = PageSize.Description)
            .Argument<StringGraphType>("after", a => a.Description = "Opaque cursor: the endCursor of the previous page (another value is BAD_INPUT)")
            .ResolveAsync(async c => await CompaniesAsync(c));
        Field<SiteType>("site").Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Sites.Load(c.GetArgument<string>("id")));
        Field<ProjectType>("project").Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Projects.Load(c.GetArgument<string>("id")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectType>>>>("projects")
            .Description("Projects in a region and below it, ordered by id")
            .Argument<NonNullGraphType<IdGraphType>>("regionCode")
            .ResolveAsync(async c =>
            {
                var code = c.GetArgument<string>("regionCode");
                if ((await c.Store().GetRegionsAsync([code], c.CancellationToken)).Count == 0)
                {
                    throw BadArgumentException.NotFound("regionCode", "region", code);
                }
                return await c.Store().GetProjectsInRegionAsync(code, c.CancellationToken);
            });

        NodeQueries.AddTo(this);
        ProjectQueries.AddTo(this);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SegmentCoverageType>>>>("chainCoverage")
            .Description("Coverage of every segment of a chain in a region, ordered by segment id")
            .Argument<NonNullGraphType<IdGraphType>>("regionCode")
            .Argument<NonNullGraphType<IdGraphType>>("chainId")
            .Argument<IntGraphType>("weakBelow", a => a.DefaultValue = 2)
            .ResolveAsync(async c => await c.Engine().CoverageAsync(c.GetArgument<string>("regionCode"), c.GetArgument<string>("chainId"), c.GetArgument("weakBelow", 2), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChainGapType>>>>("chainGaps")
            .Description("Gaps of a chain in a region: FILL (补链), STRENGTHEN (强链), EXTEND (延链)")
            .Argument<NonNullGraphType<IdGraphType>>("regionCode")
            .Argument<NonNullGraphType<IdGraphType>>("chainId")
            .Argument<IntGraphType>("weakBelow", a => a.DefaultValue = 2)
            .ResolveAsync(async c => await c.Engine().GapsAsync(c.GetArgument<string>("regionCode"), c.GetArgument<string>("chainId"), c.GetArgument("weakBelow", 2), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecruitTargetType>>>>("recruitTargets")
            .Description("Companies to recruit into a region for a segment, best first")
            .Argument<NonNullGraphType<IdGraphType>>("regionCode")
            .Argument<NonNullGraphType<IdGraphType>>("segmentId")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<ScoreWeightsInputType>("weights")
            .Argument<EnumerationGraphType<RecruitScope>>("scope", a =>
            {
                a.DefaultValue = RecruitScope.New;
                a.Description = "NEW (default): groups not yet in the region; EXPANSION: groups already there (增资扩产); ALL: both";
            })
            .ResolveAsync(async c =>
            {
                var w = c.GetArgument<ScoreWeightsInput?>("weights");
                var weights = ScoreWeights.WithDefaults(w?.AnchorTies, w?.Credentials, w?.Proximity);
                return await c.Engine().TargetsAsync(
                    c.GetArgument<string>("regionCode"), c.GetArgument<string>("segmentId"), c.GetArgument("first", 20), weights, c.GetArgument("scope", RecruitScope.New), c.CancellationToken);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupplyPathType>>>>("supplyPaths")
            .Description("All shortest SUPPLIES paths between two companies (at most 10)")
            .Argument<NonNullGraphType<IdGraphType>>("fromCompanyId")
            .Argument<NonNullGraphType<IdGraphType>>("toCompanyId")
            .Argument<IntGraphType>("maxHops", a => a.DefaultValue = 4)
            .ResolveAsync(async c => await c.Engine().PathsAsync(c.GetArgument<string>("fromCompanyId"), c.GetArgument<string>("toCompanyId"), c.GetArgument("maxHops", 4), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionComparisonRowType>>>>("compareRegions")
            .Description("2 to 10 regions side by side over a chain's segments (区域对比), with location quotients, ordered by segment id")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("regionCodes")
            .Argument<NonNullGraphType<IdGraphType>>("chainId")
            .Argument<IntGraphType>("weakBelow", a => a.DefaultValue = 2)
            .ResolveAsync(async c => await c.Engine().CompareRegionsAsync(c.GetArgument<List<string>>("regionCodes"), c.GetArgument<string>("chainId"), c.GetArgument("weakBelow", 2), c.CancellationToken));
        Field<NonNullGraphType<RecruitmentSimulationType>>("simulateRecruitment")
            .Description("If these 1 to 10 companies each opened a plant in the region (模拟招引): which gaps close, appear or change, and the coverage changes. Nothing is stored.")
            .Argument<NonNullGraphType<IdGraphType>>("regionCode")
            .Argument<NonNullGraphType<IdGraphType>>("chainId")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("companyIds")
            .Argument<IntGraphType>("weakBelow", a => a.DefaultValue = 2)
            .ResolveAsync(async c => await c.Engine().SimulateRecruitmentAsync(
                c.GetArgument<string>("regionCode"), c.GetArgument<string>("chainId"), c.GetArgument<List<string>>("companyIds"), c.GetArgument("weakBelow", 2), c.CancellationToken));
        Field<NonNullGraphType<ProjectPipelineType>>("projectPipeline")
            .Description("Projects of a region by status and by segment category, within an optional statusDate window")
            .Argument<NonNullGraphType<IdGraphType>>("regionCode")
            .Argument<DateType>("from")
            .Argument<DateType>("to")
            .ResolveAsync(async c => await c.Engine().PipelineAsync(c.GetArgument<string>("regionCode"), c.GetArgument<string?>("from"), c.GetArgument<string?>("to"), c.CancellationToken));
    }

    private static async Task<object?> CompaniesAsync(IResolveFieldContext c)
    {
        var first = PageSize.Of(c);
        var filter = c.GetArgument<CompanyFilter?>("filter") ?? new CompanyFilter();
        var order = c.GetArgument<CompanyOrderInput?>("orderBy")?.ToOrder() ?? CompanyOrder.ById;
        var query = filter.ToQuery() with { Order = order };
        await KnownNames.CheckAsync(c, query.RegionCodesNamed("filter"), query.SegmentIdsNamed("filter"));
        var cursor = c.GetArgument<string?>("after");
        var after = cursor is null ? null : CompanyCursor.Decode(cursor, order, "after");
        var page = await c.Store().FindCompaniesAsync(query, first, after, c.CancellationToken);
        var edges = page.Items.Select(company => new Edge<Company>(company, CompanyCursor.Encode(order, order.PositionOf(company)))).ToList();
        return new Connection<Company>(edges, page.TotalCount, page.HasNextPage, after is not null);
    }
}
