namespace ChainGraph.Server;

/// <summary>The service's log messages, with fixed event ids (2000s; docs/architecture.md lists every project's range).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Store was empty: imported {Rows} rows from {Folder}")]
    public static partial void Seeded(ILogger logger, string folder, int rows);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Store is empty and no seed folder was found at {Folder}; starting empty")]
    public static partial void SeedMissing(ILogger logger, string folder);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Store not reachable at start ({Reason}); seeding will be retried in the background")]
    public static partial void SeedDeferred(ILogger logger, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "Unhandled error while executing a GraphQL request")]
    public static partial void UnhandledGraphQLError(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Store unavailable while executing a GraphQL request")]
    public static partial void StoreUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Rejected a request with an unknown API key from {Client}")]
    public static partial void UnknownApiKey(ILogger logger, string client);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Could not check the store file for writes made by another process: {Reason}")]
    public static partial void RefreshFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Information, Message = "Warmed up in {Milliseconds} ms before listening ({Rounds} rounds of questions; settled: {Settled}; the pipeline answered {Status})")]
    public static partial void WarmedUp(ILogger logger, int rounds, long milliseconds, bool settled, int status);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Warning, Message = "Store not reachable at start ({Reason}); starting without a warm-up")]
    public static partial void WarmUpSkipped(ILogger logger, string reason);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Warmed the connection path through {Address} in {Milliseconds} ms ({Requests} requests; the last answered {Status})")]
    public static partial void WarmedConnections(ILogger logger, Uri address, long milliseconds, int requests, int status);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "Could not warm the connection path through {Address}: {Reason}")]
    public static partial void ConnectionWarmUpFailed(ILogger logger, Uri address, string reason);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "The warm-up failed; starting without it")]
    public static partial void WarmUpFailed(ILogger logger, Exception exception);
}
