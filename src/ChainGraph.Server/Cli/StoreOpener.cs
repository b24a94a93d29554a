using System.CommandLine;
using ChainGraph.Domain.Store;
using ChainGraph.Server.Hosting;
using ChainGraph.Store.Embedded;
using ChainGraph.Store.Neo4j;

namespace ChainGraph.Server.Cli;

/// <summary>
/// Opens the store a verb works on. <c>--db</c> always means the embedded store at that path; otherwise
/// configuration decides (<c>ChainGraph:Store:Kind</c>), as for the service.
/// </summary>
internal static class StoreOpener
{
    public static string DatabasePath(ParseResult parse, IConfiguration? configuration = null)
    {
        configuration ??= LoadConfiguration();
        return parse.GetValue(CliOptions.Database)
            ?? configuration[$"{EmbeddedStoreOptions.SectionName}:Path"]
            ?? CliOptions.DefaultDatabase;
    }

    public static OpenedStore Open(ParseResult parse)
    {
        var configuration = LoadConfiguration();
        var kind = configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>()?.Kind ?? StoreKind.Embedded;
        if (kind == StoreKind.Embedded || parse.GetValue(CliOptions.Database) is not null)
        {
            var path = DatabasePath(parse, configuration);
            EmbeddedGraphStore embedded;
            using (StoreLoadGcScope.ForFile(path))
            {
                embedded = EmbeddedGraphStore.Open(path);
            }
            foreach (var warning in embedded.OpenWarnings)
            {
                Console.Error.WriteLine("chaingraph: warning: " + warning);
            }
            return new OpenedStore(embedded, embedded);
        }
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddNeo4jStore(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new OpenedStore(provider.GetRequiredService<IGraphStore>(), provider);
    }

    public static IConfiguration LoadConfiguration() =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
}
