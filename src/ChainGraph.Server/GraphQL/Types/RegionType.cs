using ChainGraph.Server.GraphQL.Loaders;
using ChainGraph.Server.GraphQL.Paging;
using ChainGraph.Domain.Model;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class RegionType : ObjectGraphType<Region>
{
    public RegionType()
    {
        Name = "Region";
        Description = "An administrative region (GB/T 2260 code) or a park.";
        NodeId.Implement(this, r => r.Code);
        Field<NonNullGraphType<IdGraphType>>("code").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The code again, under the name client caches (Apollo, Relay) key entities by").Resolve(c => c.Source.Code);
        Field(r => r.NameZh);
        Field(r => r.NameEn, nullable: true);
        Field<NonNullGraphType<EnumerationGraphType<RegionLevel>>>("level").Resolve(c => c.Source.Level);
        Field<IdGraphType>("parentCode").Resolve(c => c.Source.ParentCode);
        Field(r => r.Lat).Description("Latitude of the point used for distances (WGS-84)");
        Field(r => r.Lon).Description("Longitude of the point used for distances (WGS-84)");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionPriorityType>>>>("priorities")
            .Description("Segments this region itself has declared priorities, ordered by segment id")
            .Resolve(c => c.Loaders().PrioritiesOfRegion.Load(c.Source.Code).Then(p => p ?? []));
        Field<RegionType>("parent").Resolve(c => c.Source.ParentCode is { } p ? c.Loaders().Regions.Load(p) : null);
        Field<NonNullGraphType<RegionConnectionType>>("childrenConnection")
            .Description("Regions directly under this one a page at a time, ordered by code")
            .PageArguments()
            .ResolveAsync(async c => KeyedPages.Page(c, "region", await c.Store().FindRegionsAsync(null, c.Source.Code, c.CancellationToken), r => r.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("children")
            .ResolveAsync(async c => await c.Store().FindRegionsAsync(null, c.Source.Code, c.CancellationToken));
    }
}
