using ChainGraph.Domain.Store;
using ChainGraph.Store.Neo4j.Client;
using ChainGraph.Store.Neo4j.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChainGraph.Store.Neo4j;

/// <summary>Registers the Neo4j store.</summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="Neo4jOptions"/> (section <c>ChainGraph:Neo4j</c>, validated at start-up), the
    /// typed <see cref="Neo4jQueryClient"/> with its resilience pipeline, and <see cref="Neo4jGraphStore"/>
    /// as the <see cref="IGraphStore"/> singleton.
    /// </summary>
    public static IServiceCollection AddNeo4jStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<Neo4jOptions>()
            .Bind(configuration.GetSection(Neo4jOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>());
        services.TryAddTransient<Neo4jErrorHandler>();

        var client = services.AddHttpClient<Neo4jQueryClient>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
                if (options.Uri is not null)
                {
                    http.BaseAddress = Neo4jQueryClient.BaseAddressOf(options.Uri);
                }
                // The resilience pipeline owns the timeouts.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            // The store is a singleton and keeps its client: recycle connections instead of handlers (DNS changes).
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        client.AddResilienceHandler(Neo4jResiliencePipeline.Name, (builder, context) =>
                Neo4jResiliencePipeline.Configure(builder, context.ServiceProvider.GetRequiredService<IOptions<Neo4jOptions>>().Value.Resilience));
        // Innermost: turns Neo4j error answers into exceptions the pipeline can classify.
        client.AddHttpMessageHandler<Neo4jErrorHandler>();

        services.TryAddSingleton<Neo4jGraphStore>();
        services.TryAddSingleton<IGraphStore>(provider => provider.GetRequiredService<Neo4jGraphStore>());
        return services;
    }
}
