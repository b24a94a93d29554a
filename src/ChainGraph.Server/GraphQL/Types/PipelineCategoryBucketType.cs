using ChainGraph.Domain.Analysis;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class PipelineCategoryBucketType : ObjectGraphType<PipelineCategoryBucket>
{
    public PipelineCategoryBucketType()
    {
        Name = "PipelineCategoryBucket";
        Field<NonNullGraphType<StringGraphType>>("category").Description("A SegmentCategory name, or UNCLASSIFIED").Resolve(c => c.Source.Category);
        Field(x => x.Count);
        Field<NonNullGraphType<FloatGraphType>>("investmentYuan").Description("Total of the disclosed amounts, in yuan").Resolve(c => (double)c.Source.InvestmentYuan);
        Field<NonNullGraphType<IntGraphType>>("undisclosedCount").Description("Projects without a disclosed amount").Resolve(c => c.Source.UndisclosedCount);
    }
}
