namespace ChainGraph.Store.Neo4j.Tests.Contract;

/// <summary>The tests that share the one Neo4j database run one after another.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SharedNeo4jDatabase
{
    public const string Name = "neo4j";
}
