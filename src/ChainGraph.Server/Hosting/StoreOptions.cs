namespace ChainGraph.Server.Hosting;

/// <summary>Store choice (configuration section <c>ChainGraph:Store</c>).</summary>
public sealed class StoreOptions
{
    public const string SectionName = "ChainGraph:Store";

    /// <summary><c>Embedded</c> (default, a SQLite file) or <c>Neo4j</c>.</summary>
    public StoreKind Kind { get; set; } = StoreKind.Embedded;
}
