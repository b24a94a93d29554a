namespace ChainGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>A Neo4j to test against: CHAINGRAPH_TEST_NEO4J_URI, or a Docker engine to start neo4j:5.26 in.</summary>
internal static class Neo4jAvailability
{
    /// <summary>Null when there is a Neo4j to test against, else why not.</summary>
    public static string? SkipReason =>
        Neo4jTestServer.ConfiguredUri is not null || DockerProbe.MissingReason is null
            ? null
            : $"Neo4j contract tests need a server: set {Neo4jTestServer.UriVariable} (and {Neo4jTestServer.UserVariable}/{Neo4jTestServer.PasswordVariable}) "
              + $"to a Neo4j 5.26+ HTTP address, or run a Docker engine for Testcontainers ({DockerProbe.MissingReason})";

    /// <summary>Reports the calling test as skipped, with the reason, when there is no Neo4j (xUnit.net's dynamic skip).</summary>
    public static void SkipUnlessAvailable()
    {
        if (SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }
}
