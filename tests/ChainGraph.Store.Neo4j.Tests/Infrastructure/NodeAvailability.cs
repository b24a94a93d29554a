using ChainGraph.TestSupport;

namespace ChainGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>node and npm on the PATH (for tools/cypher-lint).</summary>
internal static class NodeAvailability
{
    private static readonly Lazy<string?> Reason = new(() =>
        Tool.Run("node", "--version", RootOrNull()) is { ExitCode: 0 }
            ? Tool.Run("npm", "--version", RootOrNull()) is { ExitCode: 0 } ? null : "npm is not installed"
            : "node is not installed (the Cypher lint runs @neo4j-cypher/language-support under node)");

    /// <summary>Reports the calling test as skipped, with the reason, without node and npm (xUnit.net's dynamic skip).</summary>
    public static void SkipUnlessAvailable()
    {
        if (Reason.Value is { } reason)
        {
            Assert.Skip(reason);
        }
    }

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
