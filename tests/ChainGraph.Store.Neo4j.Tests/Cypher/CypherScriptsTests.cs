using System.Reflection;
using System.Text.RegularExpressions;
using ChainGraph.Store.Neo4j.Cypher;

namespace ChainGraph.Store.Neo4j.Tests.Cypher;

/// <summary>The embedded Cypher: every script is used, loads, and takes its values as $parameters.</summary>
public sealed partial class CypherScriptsTests
{
    private static readonly string[] Properties = typeof(CypherScripts)
        .GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Where(p => p.PropertyType == typeof(string))
        .Select(p => p.Name)
        .ToArray();

    [Fact]
    public void Every_script_has_a_property_and_every_property_a_script()
    {
        Assert.Equal(CypherScripts.Names.Except(["Schema"]).Order(StringComparer.Ordinal), Properties.Order(StringComparer.Ordinal));
        foreach (var name in Properties)
        {
            var text = (string)typeof(CypherScripts).GetProperty(name)!.GetValue(null)!;
            Assert.False(string.IsNullOrWhiteSpace(text), name);
        }
    }

    [Fact]
    public void Writes_take_rows_only_as_parameters()
    {
        foreach (var name in Properties.Where(n => n.StartsWith("Upsert", StringComparison.Ordinal) || n.StartsWith("Link", StringComparison.Ordinal)))
        {
            var text = CypherScripts.Load(name);
            Assert.StartsWith("UNWIND $rows AS row", StripComments(text), StringComparison.Ordinal);
            Assert.DoesNotMatch(StringLiteral(), StripComments(text).Replace("''", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_schema_creates_a_unique_key_for_every_label_the_full_text_and_point_indexes_idempotently()
    {
        var statements = CypherScripts.SchemaStatements;
        foreach (var (label, key) in new[] { ("Region", "code"), ("Chain", "id"), ("Segment", "id"), ("Company", "id"), ("Site", "id"), ("Project", "id") })
        {
            Assert.Contains(statements, s => s.Contains($"FOR (n:{label}) REQUIRE n.{key} IS UNIQUE", StringComparison.Ordinal));
        }
        Assert.Contains(statements, s => s.Contains("FULLTEXT INDEX company_names", StringComparison.Ordinal) && s.Contains("'cjk'", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("POINT INDEX site_location", StringComparison.Ordinal));
        Assert.All(statements.Where(s => s.StartsWith("CREATE", StringComparison.Ordinal)), s => Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal));
        Assert.Equal("CALL db.awaitIndexes(300)", statements[^1]);
        Assert.Equal(9, statements.Count);
    }

    private static string StripComments(string text) =>
        string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))).Trim();

    // a quoted literal other than the '' sentinel: values must come in as parameters
    [GeneratedRegex("'[^']+'")]
    private static partial Regex StringLiteral();
}
