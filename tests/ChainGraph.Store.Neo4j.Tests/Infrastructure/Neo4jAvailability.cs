namespace ChainGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>A Neo4j to test against: CHAINGRAPH_TEST_NEO4J_URI, or a Docker engine to start neo4j:5.26 in.</summary>
public sealed class Neo4jAvailability : IAvailability
{
    public string? SkipReason =>
        Neo4jTestServer.ConfiguredUri is not null || DockerProbe.MissingReason is null
            ? null
            : $"Neo4j contract tests need a server: set {Neo4jTestServer.UriVariable} (and {Neo4jTestServer.UserVariable}/{Neo4jTestServer.PasswordVariable}) "
              + $"to a Neo4j 5.26+ HTTP address, or run a Docker engine for Testcontainers ({DockerProbe.MissingReason})";
}
