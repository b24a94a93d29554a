namespace ChainGraph.Server.Hosting;

/// <summary>Builds the web application the <c>serve</c> verb runs (and the tests start in memory).</summary>
public static class ChainGraphWebApp
{
    public static WebApplication Build(
        IDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null,
        Action<IServiceCollection>? overrideServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        configure?.Invoke(builder);
        builder.AddChainGraphServer();
        overrideServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapChainGraph();
        return app;
    }
}
