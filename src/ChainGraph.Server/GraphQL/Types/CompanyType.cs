using ChainGraph.Domain.Model;
using ChainGraph.Server.GraphQL.Loaders;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class CompanyType : ObjectGraphType<Company>
{
    public CompanyType()
    {
        Name = "Company";
        Description = "A company; parentId links it to its group parent.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.NameZh);
        Field(x => x.NameEn, nullable: true);
        Field(x => x.Uscc, nullable: true).Description("Unified social credit code (GB 32100-2015)");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<CompanyTag>>>>>("tags")
            .Resolve(c => c.Source.Tags.ToList());
        Field<IdGraphType>("parentId").Resolve(c => c.Source.ParentId);
        Field<CompanyType>("parent").Resolve(c => c.Source.ParentId is { } p ? c.Loaders().Companies.Load(p) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SiteType>>>>("sites")
            .Description("Sites of the company, ordered by id")
            .Resolve(c => c.Loaders().SitesOfCompany.Load(c.Source.Id).Then(s => s ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupplyType>>>>("suppliesTo")
            .Description("Supply rows where this company is the supplier")
            .Resolve(c => c.Loaders().SuppliesOfCompany.Load(c.Source.Id).Then(s => (s ?? []).Where(x => x.SupplierId == c.Source.Id).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupplyType>>>>("suppliedBy")
            .Description("Supply rows where this company is the customer")
            .Resolve(c => c.Loaders().SuppliesOfCompany.Load(c.Source.Id).Then(s => (s ?? []).Where(x => x.CustomerId == c.Source.Id).ToList()));
    }
}
