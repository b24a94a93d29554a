using ChainGraph.Domain.Model;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class CompanyFilterInputType : InputObjectGraphType<CompanyFilter>
{
    public CompanyFilterInputType()
    {
        Name = "CompanyFilter";
        Description = "All given filters must hold; a list filter (…In, tagsAny) matches any of its values; OR adds \"and at least one of these filters holds\".";
        Field(x => x.NameContains, nullable: true).Description("Part of the Chinese or English name, any letter case");
        Field<IdGraphType>("regionCode").Description("Has a site in this region or below it");
        Field<IdGraphType>("segmentId").Description("Has a site working in this segment or below it");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<CompanyTag>>>>("tags").Description("Has every one of these tags");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("idIn").Description($"Is one of these companies (at most {CompanyFilter.MaxListLength} ids)");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("regionCodeIn").Description($"Has a site in one of these regions or below one of them (at most {CompanyFilter.MaxListLength})");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("segmentIdIn").Description($"Has a site working in one of these segments or below one of them (at most {CompanyFilter.MaxListLength})");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<CompanyTag>>>>("tagsAny").Description("Has at least one of these tags");
        Field<IntGraphType>("foundedFrom").Description("Founded (成立) in this year or later; companies without a founding year do not match");
        Field<IntGraphType>("foundedTo").Description("Founded in this year or earlier; companies without a founding year do not match");
        Field<FloatGraphType>("revenueYuanAtLeast").Description("Latest annual revenue (营业收入) at least this many yuan; companies without a figure do not match");
        Field<ListGraphType<NonNullGraphType<CompanyFilterInputType>>>("OR")
            .Description($"At least one of these filters holds too (at most {Domain.Store.CompanyQuery.MaxAnyOf}; they may not have an OR of their own)");
    }
}
