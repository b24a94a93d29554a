namespace ChainGraph.Server.GraphQL.Types;

/// <summary>What a payload mutation changed: the row as stored now, and whether it is new.</summary>
public sealed record Change<T>(T Row, bool Created);
