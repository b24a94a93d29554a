using ChainGraph.Domain.Analysis;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class RegionComparisonCellType : ObjectGraphType<RegionComparisonCell>
{
    public RegionComparisonCellType()
    {
        Name = "RegionComparisonCell";
        Description = "One region's standing in one segment.";
        Field<NonNullGraphType<RegionType>>("region").Resolve(c => c.Loaders().Regions.Load(c.Source.RegionCode));
        Field(x => x.LocalCompanyCount);
        Field<NonNullGraphType<EnumerationGraphType<CoverageStatus>>>("status").Resolve(c => c.Source.Status);
        Field<FloatGraphType>("locationQuotient")
            .Description("Location quotient (区位熵): the segment's share of the region's chain companies over its share nationally; above 1 means more specialised; null when undefined")
            .Resolve(c => c.Source.LocationQuotient);
    }
}
