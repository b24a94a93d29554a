using ChainGraph.Domain.Model;
using ChainGraph.Server.GraphQL.Loaders;
using ChainGraph.Server.GraphQL.Paging;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class CompanyType : ObjectGraphType<Company>
{
    public CompanyType()
    {
        Name = "Company";
        Description = "A company; parentId links it to its group parent.";
        NodeId.Implement(this, c => c.Id);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.NameZh);
        Field(x => x.NameEn, nullable: true);
        Field(x => x.Uscc, nullable: true).Description("Unified social credit code (GB 32100-2015)");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<CompanyTag>>>>>("tags")
            .Resolve(c => c.Source.Tags.ToList());
        Field<IdGraphType>("parentId").Resolve(c => c.Source.ParentId);
        Field(x => x.StockCode, nullable: true).Description("Exchange code and market, e.g. 300750.SZ");
        Field<IntGraphType>("founded").Description("Year founded").Resolve(c => c.Source.Founded);
        Field<LongGraphType>("employees").Description("Employees, latest annual report").Resolve(c => c.Source.Employees);
        Field<FloatGraphType>("revenueYuan").Description("Latest annual revenue in yuan").Resolve(c => c.Source.RevenueYuan is { } v ? (double)v : null);
        Field(x => x.Website, nullable: true);
        Field(x => x.Source, nullable: true).Description("Where the company's scale figures come from, with their year");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChainType>>>>("anchorOf")
            .Description("Chains this company is an anchor (链主) of: its own or its group's ANCHOR tag (every chain) or anchor rows")
            .ResolveAsync(async c => await c.Engine().AnchorOfAsync(c.Source.Id, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupplyType>>>>("supplies")
            .Description("What this company supplies: supply rows where it is the supplier, with their confidence and source")
            .Resolve(c => c.Loaders().SuppliesOfCompany.Load(c.Source.Id).Then(s => (s ?? []).Where(x => x.SupplierId == c.Source.Id).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompanyType>>>>("customers")
            .Description("Distinct direct customers, ordered by id")
            .ResolveAsync(async c =>
            {
                var ids = await c.Loaders().CustomersOfCompany.Load(c.Source.Id).GetResultAsync(c.CancellationToken) ?? [];
                return await c.Loaders().Companies.LoadMany(ids).GetResultAsync(c.CancellationToken);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectType>>>>("projects")
            .Description("Projects of this company in every region (where it invested, and deals it won or dropped), ordered by id")
            .Resolve(c => c.Loaders().ProjectsOfCompany.Load(c.Source.Id).Then(p => p ?? []));
        Field<CompanyType>("parent").Resolve(c => c.Source.ParentId is { } p ? c.Loaders().Companies.Load(p) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SiteType>>>>("sites")
            .Description("Sites of the company, ordered by id")
            .Resolve(c => c.Loaders().SitesOfCompany.Load(c.Source.Id).Then(s => s ?? []));
        Field<NonNullGraphType<SiteConnectionType>>("sitesConnection")
            .Description("Sites of the company a page at a time, ordered by id")
            .PageArguments()
            .ResolveAsync(async c => KeyedPages.Page(c, "site", await c.Loaders().SitesOfCompany.Load(c.Source.Id).GetResultAsync(c.CancellationToken) ?? [], s => s.Id));
        Field<NonNullGraphType<SupplyConnectionType>>("suppliesConnection")
            .Description("Supply rows where this company is the supplier, a page at a time, ordered by their id (supplier>customer>segment)")
            .PageArguments()
            .ResolveAsync(async c => KeyedPages.Page(c, "supply",
                ((await c.Loaders().SuppliesOfCompany.Load(c.Source.Id).GetResultAsync(c.CancellationToken)) ?? []).Where(x => x.SupplierId == c.Source.Id), SupplyIds.Of));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupplyType>>>>("suppliesTo")
            .Description("Supply rows where this company is the supplier")
            .Resolve(c => c.Loaders().SuppliesOfCompany.Load(c.Source.Id).Then(s => (s ?? []).Where(x => x.SupplierId == c.Source.Id).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupplyType>>>>("suppliedBy")
            .Description("Supply rows where this company is the customer")
            .Resolve(c => c.Loaders().SuppliesOfCompany.Load(c.Source.Id).Then(s => (s ?? []).Where(x => x.CustomerId == c.Source.Id).ToList()));
    }
}
