using ChainGraph.Domain.Analysis;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class ProjectPipelineType : ObjectGraphType<ProjectPipeline>
{
    public ProjectPipelineType()
    {
        Name = "ProjectPipeline";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PipelineBucketType>>>>("byStatus").Resolve(c => c.Source.ByStatus);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PipelineCategoryBucketType>>>>("byCategory").Resolve(c => c.Source.ByCategory);
    }
}
