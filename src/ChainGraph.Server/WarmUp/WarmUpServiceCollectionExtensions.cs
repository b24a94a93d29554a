using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace ChainGraph.Server.WarmUp;

public static class WarmUpServiceCollectionExtensions
{
    /// <summary>
    /// The warm-up before listening (<see cref="WarmUpOptions"/>): when it is on, the registered server (Kestrel, or a
    /// test server) is wrapped in one that warms up before it starts. Register the server first.
    /// </summary>
    public static IServiceCollection AddChainGraphWarmUp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WarmUpOptions>().Bind(configuration.GetSection(WarmUpOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        if (!(configuration.GetSection(WarmUpOptions.SectionName).Get<WarmUpOptions>() ?? new WarmUpOptions()).Enabled)
        {
            return services;
        }
        var server = services.LastOrDefault(d => d.ServiceType == typeof(IServer))
            ?? throw new InvalidOperationException("the warm-up wraps the server: register the server (UseKestrel) first");
        services.Remove(server);
        services.AddSingleton<IServer>(sp => new WarmingServer(
            Create(sp, server),
            sp.GetRequiredService<Domain.Store.IGraphStore>, // when the server starts: the host has opened the store by then
            sp.GetRequiredService<IOptions<WarmUpOptions>>(),
            sp.GetRequiredService<ILogger<WarmingServer>>()));
        return services;
    }

    private static IServer Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance as IServer
        ?? descriptor.ImplementationFactory?.Invoke(services) as IServer
        ?? (IServer)ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
