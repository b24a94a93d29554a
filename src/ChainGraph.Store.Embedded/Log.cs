using Microsoft.Extensions.Logging;

namespace ChainGraph.Store.Embedded;

internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Embedded store opened at {Path}: {Companies} companies, {Sites} sites, loaded in {Milliseconds} ms")]
    public static partial void Opened(ILogger logger, string path, int companies, int sites, long milliseconds);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Applied {Rows} rows (replace: {Replace}) in {Milliseconds} ms")]
    public static partial void Applied(ILogger logger, int rows, bool replace, long milliseconds);
}
