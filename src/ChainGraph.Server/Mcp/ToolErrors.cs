using System.Text.Json;
using ChainGraph.Domain;
using ChainGraph.Domain.Store;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ChainGraph.Server.Mcp;

/// <summary>
/// Every tool call's errors become tool errors (<c>isError</c>) an agent can read and act on, never protocol failures:
/// the arguments' shape is checked first (<see cref="ArgumentShape"/>); then a bad argument answers its code
/// (NOT_FOUND, BAD_INPUT), message, argument and suggestions exactly as GraphQL does; an unavailable store answers
/// STORE_UNAVAILABLE; anything else INTERNAL, logged, with no detail. The text is compact JSON.
/// </summary>
internal static class ToolErrors
{
    public const string StoreUnavailableMessage = "The store is unavailable right now; try again shortly.";

    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Filter(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (context, cancellationToken) =>
        {
            var tool = context.MatchedPrimitive as McpServerTool;
            if (tool is not null && context.Params is { } call && ArgumentShape.Check(tool.ProtocolTool.InputSchema, call.Arguments ??= new Dictionary<string, JsonElement>()) is { } shape)
            {
                return Error(shape.Code, shape.Message, shape.Argument, shape.Suggestions);
            }
            try
            {
                return await next(context, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (ExceptionChain.Find<BadArgumentException>(e) is { } bad)
            {
                return Error(bad.Code, bad.Message, bad.Argument, bad.Suggestions);
            }
            catch (Exception e) when (ExceptionChain.Find<StoreUnavailableException>(e) is not null)
            {
                McpLog.StoreUnavailable(Logger(context), Name(context), e);
                return Error(ErrorCodes.StoreUnavailable, StoreUnavailableMessage, null, []);
            }
            catch (Exception e) when (e is not (McpProtocolException or OperationCanceledException) && tool is not null)
            {
                McpLog.ToolFailed(Logger(context), Name(context), e);
                return Error(ErrorCodes.Internal, "Internal error.", null, []);
            }
        };

    /// <summary>A tool error: <c>isError</c> with one text block, the JSON of code, message, argument and suggestions.</summary>
    public static CallToolResult Error(string code, string message, string? argument, IReadOnlyList<string> suggestions)
    {
        var error = new ToolError(code, message, string.IsNullOrEmpty(argument) ? null : argument, suggestions.Count > 0 ? suggestions : null);
        return new CallToolResult
        {
            IsError = true,
            Content = [new TextContentBlock { Text = JsonSerializer.Serialize(error, McpJson.Options) }],
        };
    }

    private static string Name(RequestContext<CallToolRequestParams> context) => context.Params?.Name ?? "(none)";

    private static ILogger Logger(RequestContext<CallToolRequestParams> context) =>
        context.Services?.GetService<ILoggerFactory>()?.CreateLogger("ChainGraph.Server.Mcp") ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
}
