namespace ChainGraph.Server.GraphQL.Types;

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
