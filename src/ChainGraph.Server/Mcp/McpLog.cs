namespace ChainGraph.Server.Mcp;

/// <summary>The MCP server's log messages, with fixed event ids.</summary>
internal static partial class McpLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Error, Message = "Unhandled error in MCP tool {Tool}")]
    public static partial void ToolFailed(ILogger logger, string tool, Exception exception);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Store unavailable while running MCP tool {Tool}")]
    public static partial void StoreUnavailable(ILogger logger, string tool, Exception exception);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "MCP server on stdio, store {Store}")]
    public static partial void StdioStarted(ILogger logger, string store);
}
