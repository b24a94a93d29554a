using ChainGraph.Domain.Model;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class SiteType : ObjectGraphType<Site>
{
    public SiteType()
    {
        Name = "Site";
        Description = "A place where a company works, in one region and one or more segments.";
        NodeId.Implement(this, s => s.Id);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("companyId").Resolve(c => c.Source.CompanyId);
        Field(x => x.NameZh, nullable: true);
        Field<NonNullGraphType<IdGraphType>>("regionCode").Resolve(c => c.Source.RegionCode);
        Field(x => x.Lat);
        Field(x => x.Lon);
        Field<NonNullGraphType<EnumerationGraphType<SiteKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("segmentIds").Resolve(c => c.Source.SegmentIds);
        Field(x => x.Capacity, nullable: true).Description("Capacity as published, e.g. 25GWh or 10万吨/年");
        Field<DateType>("since").Description("When the site started operating").Resolve(c => c.Source.Since);
        Field(x => x.Source, nullable: true).Description("Where the site's facts come from");
        Field<NonNullGraphType<CompanyType>>("company").Resolve(c => c.Loaders().Companies.Load(c.Source.CompanyId));
        Field<NonNullGraphType<RegionType>>("region").Resolve(c => c.Loaders().Regions.Load(c.Source.RegionCode));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SegmentType>>>>("segments")
            .ResolveAsync(async c =>
            {
                var list = new List<Segment>();
                foreach (var id in c.Source.SegmentIds)
                {
                    if (await c.Loaders().SegmentAsync(id, c.CancellationToken) is { } s)
                    {
                        list.Add(s);
                    }
                }
                return list;
            });
    }
}
