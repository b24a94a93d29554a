using ChainGraph.Server.GraphQL;
using ChainGraph.Server.Health;
using ChainGraph.Server.Mcp;
using ChainGraph.Server.Security;
using ChainGraph.Server.Seeding;
using ChainGraph.Server.WarmUp;
using ChainGraph.Store.Embedded;
using ChainGraph.Store.Neo4j;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChainGraph.Server.Hosting;

/// <summary>Everything the service needs, registered and mapped in one place.</summary>
public static class ChainGraphServerExtensions
{
    public static WebApplicationBuilder AddChainGraphServer(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.SectionName)).ValidateOnStart();
        var kind = configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>()?.Kind ?? StoreKind.Embedded;
        switch (kind)
        {
            case StoreKind.Embedded:
                services.AddEmbeddedStore(configuration);
                services.AddHostedService<StoreChangeWatcher>();
                break;
            case StoreKind.Neo4j:
                services.AddNeo4jStore(configuration);
                break;
            default:
                throw new OptionsValidationException(StoreOptions.SectionName, typeof(StoreOptions), [$"ChainGraph:Store:Kind must be Embedded or Neo4j, not '{kind}'"]);
        }

        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<SeedOnFirstStart>();
        services.AddChainGraphWarmUp(configuration);

        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecurityOptions>, SecurityOptionsValidator>();
        services.AddChainGraphAccess();

        services.AddOptions<GraphQLLimitsOptions>().Bind(configuration.GetSection(GraphQLLimitsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddChainGraphRateLimiting();

        var limits = configuration.GetSection(GraphQLLimitsOptions.SectionName).Get<GraphQLLimitsOptions>() ?? new GraphQLLimitsOptions();
        var development = builder.Environment.IsDevelopment();
        services.AddChainGraphGraphQL(limits, development);

        services.AddChainGraphHttp(configuration);
        services.AddChainGraphMcp(configuration);

        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        return builder;
    }

    public static WebApplication MapChainGraph(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(error => error.Run(http =>
                GraphQLEndpoint.WriteErrorAsync(http, StatusCodes.Status500InternalServerError, Domain.ErrorCodes.Internal, "Internal error.")));
        }
        app.UseResponseCompression();
        app.UseCors(HttpServiceCollectionExtensions.CorsPolicy);
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        GraphQLEndpoint.Map(app);
        Map.MapEndpoints.Map(app);
        app.MapChainGraphMcp();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = r => r.Tags.Contains("ready") });
        return app;
    }
}
