using System.CommandLine;
using ChainGraph.Store.Embedded;

namespace ChainGraph.Server.Cli;

/// <summary>Opens the embedded store a verb works on: <c>--db</c>, else configuration, else the default path.</summary>
internal static class StoreOpener
{
    public static string DatabasePath(ParseResult parse, IConfiguration? configuration = null)
    {
        configuration ??= LoadConfiguration();
        return parse.GetValue(CliOptions.Database)
            ?? configuration[$"{EmbeddedStoreOptions.SectionName}:Path"]
            ?? CliOptions.DefaultDatabase;
    }

    public static EmbeddedGraphStore Open(ParseResult parse) => EmbeddedGraphStore.Open(DatabasePath(parse));

    public static IConfiguration LoadConfiguration() =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
}
