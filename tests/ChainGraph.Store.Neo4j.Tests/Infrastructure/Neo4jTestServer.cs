using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace ChainGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>
/// The Neo4j the contract tests run against, one per test run: the server named by
/// CHAINGRAPH_TEST_NEO4J_URI (+ _USER, _PASSWORD, _DATABASE), else a neo4j:5.26 container started with
/// Testcontainers (removed when the run ends).
/// </summary>
internal static class Neo4jTestServer
{
    public const string UriVariable = "CHAINGRAPH_TEST_NEO4J_URI";
    public const string UserVariable = "CHAINGRAPH_TEST_NEO4J_USER";
    public const string PasswordVariable = "CHAINGRAPH_TEST_NEO4J_PASSWORD";
    public const string DatabaseVariable = "CHAINGRAPH_TEST_NEO4J_DATABASE";
    public const string Image = "neo4j:5.26";

    private static readonly Lazy<Task<Endpoint>> Started = new(StartAsync);

    public sealed record Endpoint(Uri Uri, string? User, string? Password, string Database);

    public static string? ConfiguredUri => Variable(UriVariable);

    public static Task<Endpoint> GetAsync() => Started.Value;

    private static async Task<Endpoint> StartAsync()
    {
        if (ConfiguredUri is { } uri)
        {
            return new Endpoint(new Uri(uri), Variable(UserVariable), Variable(PasswordVariable), Variable(DatabaseVariable) ?? "neo4j");
        }
        var password = "chaingraph-" + Guid.NewGuid().ToString("N")[..12];
        IContainer container = new ContainerBuilder(Image)
            .WithEnvironment("NEO4J_AUTH", "neo4j/" + password)
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(7474).ForPath("/")))
            .Build();
        await container.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
        var address = new UriBuilder(Uri.UriSchemeHttp, container.Hostname, container.GetMappedPublicPort(7474)).Uri;
        return new Endpoint(address, "neo4j", password, "neo4j");
    }

    private static string? Variable(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value.Trim() : null;
}
