namespace ChainGraph.Server.GraphQL.Types;

/// <summary>What a removal did: whether a row was there, and the global id it had.</summary>
public sealed record Removal(bool Removed, string NodeId);
