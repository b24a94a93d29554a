using Microsoft.Extensions.Logging;

namespace ChainGraph.Store.Neo4j;

/// <summary>The Neo4j store's log messages, with fixed event ids (3000s; docs/architecture.md lists every project's range).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Neo4j notification {Code} ({Severity}) for {Query}: {Description}")]
    public static partial void Notification(ILogger logger, string code, string severity, string query, string description);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Neo4j transaction {TransactionId} opened, expires {Expires}")]
    public static partial void TransactionOpened(ILogger logger, string transactionId, DateTimeOffset? expires);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Rolling back Neo4j transaction {TransactionId} failed; the server will drop it when it expires")]
    public static partial void RollbackFailed(ILogger logger, string transactionId, Exception exception);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Neo4j schema ensured (constraints, full-text and point indexes) in {Milliseconds} ms")]
    public static partial void SchemaEnsured(ILogger logger, long milliseconds);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Applied {Rows} rows to Neo4j (replace: {Replace}, mode: {Mode}) in {Milliseconds} ms")]
    public static partial void Applied(ILogger logger, int rows, bool replace, string mode, long milliseconds);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Neo4j import transaction failed transiently (attempt {Attempt} of {Attempts}); running it again from the start")]
    public static partial void TransactionRetry(ILogger logger, int attempt, int attempts, Exception exception);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Import of {Rows} rows is larger than MaxTransactionalRows ({Limit}): writing idempotent batches, each committed on its own; readers may see it half done, and after a failure run the same import again")]
    public static partial void BatchedImport(ILogger logger, int rows, int limit);
}
