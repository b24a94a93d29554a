using ChainGraph.Store.Neo4j.Tests.Infrastructure;
using ChainGraph.TestSupport;

namespace ChainGraph.Store.Neo4j.Tests.Cypher;

/// <summary>
/// tools/cypher-lint checks every .cypher file (the store's resources, graph-seed/schema.cypher and
/// load.cypher) offline with @neo4j-cypher/language-support and the schema's names. Skipped without node.
/// </summary>
public sealed class CypherLintTests
{
    private static readonly Lazy<string> Installed = new(Install);

    private static string LintFolder => Path.Combine(Repo.Root, "tools", "cypher-lint");

    public CypherLintTests() => NodeAvailability.SkipUnlessAvailable();

    [Fact]
    public void Every_cypher_file_passes_the_lint()
    {
        var folder = Installed.Value;
        var result = Tool.Run("node", "lint.cjs", folder);
        Assert.NotNull(result);
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("0 with findings", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lint_rejects_unknown_labels_types_properties_and_parameters()
    {
        var folder = Installed.Value;
        using var temp = new TempFolder();
        var file = temp.Write("bad.cypher", "MERGE (c:Compny {id: $nope})-[:SUPPLY]->(s:Site)\nSET c.nmeZh = 'x'\nRETURN c\n");
        var result = Tool.Run("node", $"lint.cjs \"{file}\"", folder);
        Assert.NotNull(result);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("label Compny is not in schema.json", result.Output, StringComparison.Ordinal);
        Assert.Contains("relationship type SUPPLY is not in schema.json", result.Output, StringComparison.Ordinal);
        Assert.Contains("property key nmeZh is not in schema.json", result.Output, StringComparison.Ordinal);
        Assert.Contains("Parameter $nope is not defined", result.Output, StringComparison.Ordinal);
    }

    private static string Install()
    {
        if (!Directory.Exists(Path.Combine(LintFolder, "node_modules", "@neo4j-cypher", "language-support")))
        {
            var install = Tool.Run("npm", "ci --no-audit --no-fund", LintFolder, TimeSpan.FromMinutes(5));
            Assert.True(install is { ExitCode: 0 }, "npm ci failed: " + install?.Output);
        }
        return LintFolder;
    }
}
