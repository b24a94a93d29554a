using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class SupplyInputType : InputObjectGraphType<SupplyInput>
{
    public SupplyInputType()
    {
        Name = "SupplyInput";
        Field<NonNullGraphType<IdGraphType>>("supplierId");
        Field<NonNullGraphType<IdGraphType>>("customerId");
        Field<IdGraphType>("segmentId");
        Field<StringGraphType>("source");
        Field<EnumerationGraphType<Domain.Model.SupplyConfidence>>("confidence").Description("Default REPORTED");
    }
}
