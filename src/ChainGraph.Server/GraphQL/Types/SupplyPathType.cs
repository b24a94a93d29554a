using ChainGraph.Domain.Analysis;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class SupplyPathType : ObjectGraphType<SupplyPath>
{
    public SupplyPathType()
    {
        Name = "SupplyPath";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompanyType>>>>("companies")
            .ResolveAsync(async c =>
            {
                var found = await c.Store().GetCompaniesAsync(c.Source.CompanyIds.ToArray(), c.CancellationToken);
                return c.Source.CompanyIds.Select(id => found[id]).ToList();
            });
    }
}
