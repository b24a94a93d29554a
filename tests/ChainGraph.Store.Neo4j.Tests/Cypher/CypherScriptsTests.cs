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
    public void Deletes_take_keys_only_as_parameters_and_count_what_they_deleted()
    {
        foreach (var name in Properties.Where(n => n.StartsWith("Delete", StringComparison.Ordinal) && !n.StartsWith("DeleteAll", StringComparison.Ordinal)))
        {
            var text = StripComments(CypherScripts.Load(name));
            Assert.StartsWith("UNWIND $keys AS key", text, StringComparison.Ordinal);
            Assert.EndsWith("RETURN count(*) AS deleted", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(StringLiteral(), text);
        }
    }

    [Theory]
    [InlineData(nameof(CypherScripts.GetSegmentPresence))]
    [InlineData(nameof(CypherScripts.GetLocalAnchors))]
    public void Anchors_are_those_of_the_chain_asked_about_by_tag_or_anchor_of_edge_on_the_company_or_above_it(string name)
    {
        var text = CypherScripts.Load(name);
        Assert.Contains("MATCH (c)-[:PART_OF_GROUP*0..]->(a:Company)", text, StringComparison.Ordinal);
        Assert.Contains("WHERE 'ANCHOR' IN a.tags OR EXISTS { MATCH (a)-[:ANCHOR_OF]->(:Chain {id: $chainId}) }", text, StringComparison.Ordinal);
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
        Assert.Equal(12, statements.Count);
    }

    [Fact]
    public void The_schema_indexes_supply_confidence_and_registers_the_version_two_names()
    {
        var statements = CypherScripts.SchemaStatements;
        Assert.Contains("CREATE INDEX supplies_confidence IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.confidence)", statements);
        var types = Assert.Single(statements, s => s.Contains("db.createRelationshipType", StringComparison.Ordinal));
        Assert.Contains("'ANCHOR_OF'", types, StringComparison.Ordinal);
        Assert.Contains("'PRIORITY'", types, StringComparison.Ordinal);
        var keys = Assert.Single(statements, s => s.Contains("db.createProperty", StringComparison.Ordinal));
        foreach (var key in new[] { "confidence", "stockCode", "founded", "employees", "revenueYuan", "revenueYuanExact", "website", "capacity", "since" })
        {
            Assert.Contains($"'{key}'", keys, StringComparison.Ordinal);
        }
    }

    private static string StripComments(string text) =>
        string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))).Trim();

    // a quoted literal other than the '' sentinel: values must come in as parameters
    [GeneratedRegex("'[^']+'")]
    private static partial Regex StringLiteral();
}
