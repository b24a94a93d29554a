using ChainGraph.TestSupport;

namespace ChainGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>node and npm on the PATH (for tools/cypher-lint).</summary>
public sealed class NodeAvailability : IAvailability
{
    private static readonly Lazy<string?> Reason = new(() =>
        Tool.Run("node", "--version", RootOrNull()) is { ExitCode: 0 }
            ? Tool.Run("npm", "--version", RootOrNull()) is { ExitCode: 0 } ? null : "npm is not installed"
            : "node is not installed (the Cypher lint runs @neo4j-cypher/language-support under node)");

    public string? SkipReason => Reason.Value;

    private static string? RootOrNull()
    {
        try
        {
            return Repo.Root;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
