using ChainGraph.Domain.Model;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class ProjectType : ObjectGraphType<Project>
{
    public ProjectType()
    {
        Name = "Project";
        Description = "An investment project and its pipeline status.";
        NodeId.Implement(this, p => p.Id);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.NameZh);
        Field<IdGraphType>("companyId").Resolve(c => c.Source.CompanyId);
        Field<NonNullGraphType<IdGraphType>>("regionCode").Resolve(c => c.Source.RegionCode);
        Field<IdGraphType>("segmentId").Resolve(c => c.Source.SegmentId);
        Field<FloatGraphType>("investmentYuan").Description("Investment in yuan; null when not disclosed").Resolve(c => c.Source.InvestmentYuan is { } v ? (double)v : null);
        Field<NonNullGraphType<EnumerationGraphType<ProjectStatus>>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<DateType>>("statusDate").Resolve(c => c.Source.StatusDate);
        Field(x => x.Source, nullable: true);
        Field<CompanyType>("company").Resolve(c => c.Source.CompanyId is { } id ? c.Loaders().Companies.Load(id) : null);
        Field<NonNullGraphType<RegionType>>("region").Resolve(c => c.Loaders().Regions.Load(c.Source.RegionCode));
        Field<SegmentType>("segment").ResolveAsync(async c => c.Source.SegmentId is { } s ? await c.Loaders().SegmentAsync(s, c.CancellationToken) : null);
    }
}
