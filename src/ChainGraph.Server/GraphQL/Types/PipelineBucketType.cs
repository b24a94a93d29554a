using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class PipelineBucketType : ObjectGraphType<PipelineBucket>
{
    public PipelineBucketType()
    {
        Name = "PipelineBucket";
        Field<NonNullGraphType<EnumerationGraphType<ProjectStatus>>>("status").Resolve(c => c.Source.Status);
        Field(x => x.Count);
        Field<NonNullGraphType<FloatGraphType>>("investmentYuan").Description("Total of the disclosed amounts, in yuan").Resolve(c => (double)c.Source.InvestmentYuan);
        Field<NonNullGraphType<IntGraphType>>("undisclosedCount").Description("Projects without a disclosed amount").Resolve(c => c.Source.UndisclosedCount);
    }
}
