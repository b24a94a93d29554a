using ChainGraph.Domain.Model;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class RegionPriorityPayloadType : ObjectGraphType<Change<RegionPriority>>
{
    public RegionPriorityPayloadType()
    {
        Name = "RegionPriorityPayload";
        Description = "The region priority row saveRegionPriority stored, as it is now.";
        Field<NonNullGraphType<RegionPriorityType>>("priority").Description("The row as stored").Resolve(c => c.Source.Row);
        Field<NonNullGraphType<RegionType>>("region").Description("The region that declared it (its priorities now list it)").Resolve(c => c.Loaders().Regions.Load(c.Source.Row.RegionCode));
        Field<NonNullGraphType<BooleanGraphType>>("created").Description("True when the row is new, false when it replaced one").Resolve(c => c.Source.Created);
    }
}
