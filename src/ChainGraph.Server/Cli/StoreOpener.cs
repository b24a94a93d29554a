using System.CommandLine;
using ChainGraph.Domain.Store;
using ChainGraph.Server.Hosting;
using ChainGraph.Store.Embedded;
using ChainGraph.Store.Embedded.Scoped;
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

    /// <summary>
    /// Opens the store. Only <paramref name="create"/> (the import) may make a new embedded store: a read verb
    /// refuses a path where there is none, so that a mistyped <c>--db</c> is not answered from an empty store.
    /// <paramref name="indexes"/> says when an embedded store builds its indexes (the import, which asks no question,
    /// never needs them).
    /// </summary>
    public static OpenedStore Open(ParseResult parse, bool create = false, IndexTiming indexes = IndexTiming.Eager)
    {
        var configuration = LoadConfiguration();
        var kind = configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>()?.Kind ?? StoreKind.Embedded;
        if (kind == StoreKind.Embedded || parse.GetValue(CliOptions.Database) is not null)
        {
            var path = DatabasePath(parse, configuration);
            if (!create && !File.Exists(path))
            {
                throw new CliInputException(
                    $"there is no store at {Path.GetFullPath(path)}: check --db (or ChainGraph:Embedded:Path); 'chaingraph import <folder> --db {path}' creates one");
            }
            EmbeddedGraphStore embedded;
            using (StoreLoadGcScope.ForFile(path))
            {
                embedded = EmbeddedGraphStore.Open(path, indexes: indexes);
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

    /// <summary>
    /// Opens the store for one question (coverage, gaps, targets, pipeline, paths, search, the regions and segments
    /// lists, stats, and checking a data set against it): an embedded store is read only as far as the question needs (<see cref="ScopedGraphStore"/>), so
    /// that the answer does not wait for the whole graph to be read and indexed; where that is not possible (a store written before scoped reads existed and
    /// not opened for writing since, a Neo4j store), the store is opened as <see cref="Open"/> does.
    /// </summary>
    public static OpenedStore OpenForQuestion(ParseResult parse) => OpenScoped(parse, collectorRegion: true);

    /// <summary>
    /// As <see cref="OpenForQuestion"/>; <paramref name="collectorRegion"/> false for a verb whose own work
    /// makes mostly garbage (checking a data set), which a region without collections would only let pile up.
    /// </summary>
    private static OpenedStore OpenScoped(ParseResult parse, bool collectorRegion)
    {
        var configuration = LoadConfiguration();
        var kind = configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>()?.Kind ?? StoreKind.Embedded;
        var path = DatabasePath(parse, configuration);
        if ((kind == StoreKind.Embedded || parse.GetValue(CliOptions.Database) is not null) && File.Exists(path))
        {
            // The question's reads, from opening on (at a million companies opening the scope alone made four
            // collections), allocate in a burst that stays alive until the answer is printed: no collection in between
            // (Hosting/StoreLoadGcScope).
            var collector = collectorRegion ? StoreLoadGcScope.ForQuestion(path) : null;
            if (ScopedGraphStore.TryOpen(path, out _) is { } scoped)
            {
                return new OpenedStore(scoped, scoped, collector);
            }
            // the whole store is opened under its own region
            collector?.Dispose();
        }
        return Open(parse);
    }

    /// <summary>
    /// The store to check a data set against: the configured one, or, when the embedded store's file does not exist,
    /// an empty throwaway store (deleted afterwards) so that a folder can be checked on its own before a first import.
    /// </summary>
    public static OpenedStore OpenForChecking(ParseResult parse, out string? missingPath)
    {
        var configuration = LoadConfiguration();
        var kind = configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>()?.Kind ?? StoreKind.Embedded;
        var path = DatabasePath(parse, configuration);
        missingPath = null;
        if ((kind == StoreKind.Embedded || parse.GetValue(CliOptions.Database) is not null) && !File.Exists(path))
        {
            missingPath = Path.GetFullPath(path);
            var folder = Directory.CreateTempSubdirectory("chaingraph-check-");
            var empty = EmbeddedGraphStore.Open(Path.Combine(folder.FullName, "empty.db"));
            return new OpenedStore(empty, new TemporaryStore(empty, folder));
        }
        // Checking asks only which keys exist: an existing embedded store is read by key, not whole.
        return OpenScoped(parse, collectorRegion: false);
    }

    public static IConfiguration LoadConfiguration() =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
}
