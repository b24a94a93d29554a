using System.Text.Encodings.Web;
using ChainGraph.Domain;
using ChainGraph.Domain.Store;
using ChainGraph.Server.GraphQL.Loaders;
using GraphQL;

namespace ChainGraph.Server.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>The schema, its executer and its error handling; used by the service and by the CLI's query verbs.</summary>
    public static IServiceCollection AddChainGraphGraphQL(this IServiceCollection services, GraphQLLimitsOptions limits, bool development)
    {
        services.AddScoped<EntityLoaders>();
        services.AddSingleton<Caching.ValidatedDocumentCache>();
        services.AddGraphQL(graphql => graphql
            .AddSchema<ChainGraphSchema>()
            .AddGraphTypes(typeof(ChainGraphSchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider(new ChainGraphErrorInfoProvider(development))
            // The access rule looks at the caller, so it runs on cached documents too.
            .AddValidationRule(new Security.OperationAccessRule(), useForCachedDocuments: true)
            .ConfigureExecution<Caching.DocumentCacheExecution>()
            .AddExecutionStrategy<Limits.BoundedParallelExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .AddExecutionStrategy<Limits.BoundedSerialExecutionStrategy>(GraphQLParser.AST.OperationType.Mutation)
            .AddComplexityAnalyzer(c => Hosting.IntrospectionAwareComplexity.Configure(c, limits.MaxDepth, limits.MaxComplexity))
            .AddUnhandledExceptionHandler(context =>
            {
                var logger = context.Context?.RequestServices?.GetService<ILogger<ChainGraphSchema>>();
                if (logger is null || context.OriginalException is BadArgumentException)
                {
                    return;
                }
                if (context.OriginalException is StoreUnavailableException)
                {
                    Log.StoreUnavailable(logger, context.OriginalException);
                }
                else
                {
                    Log.UnhandledGraphQLError(logger, context.OriginalException);
                }
            }));
        return services;
    }
}
