namespace ChainGraph.Server.Hosting;

/// <summary>Which store the service runs on.</summary>
public enum StoreKind
{
    Embedded,
    Neo4j,
}
