using ChainGraph.Domain.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChainGraph.Store.Embedded;

public static class EmbeddedStoreServiceCollectionExtensions
{
    /// <summary>Registers the embedded store as the <see cref="IGraphStore"/>, with options from <c>ChainGraph:Embedded</c>.</summary>
    public static IServiceCollection AddEmbeddedStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmbeddedStoreOptions>()
            .Bind(configuration.GetSection(EmbeddedStoreOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => EmbeddedGraphStore.Open(
            sp.GetRequiredService<IOptions<EmbeddedStoreOptions>>().Value.Path,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<EmbeddedGraphStore>()));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<EmbeddedGraphStore>());
        return services;
    }
}
