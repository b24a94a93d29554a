namespace ChainGraph.Store.Neo4j.Client;

/// <summary>A notification the server attached to a result (performance hints, deprecations, warnings).</summary>
public sealed record Neo4jNotification(string Code, string Severity, string Title, string Description);
