namespace ChainGraph.Server.GraphQL.Paging;

/// <summary>An item of a page and the cursor that continues after it.</summary>
public sealed record Edge<T>(T Node, string Cursor);
