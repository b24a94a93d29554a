namespace ChainGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>Something a test class needs (a Neo4j server, node): null when it is there, else why not.</summary>
public interface IAvailability
{
    string? SkipReason { get; }
}
