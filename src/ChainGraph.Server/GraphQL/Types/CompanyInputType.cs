using ChainGraph.Domain.Model;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class CompanyInputType : InputObjectGraphType<CompanyInput>
{
    public CompanyInputType()
    {
        Name = "CompanyInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("nameZh");
        Field<StringGraphType>("nameEn");
        Field<StringGraphType>("uscc");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<CompanyTag>>>>("tags");
        Field<IdGraphType>("parentId");
    }
}
