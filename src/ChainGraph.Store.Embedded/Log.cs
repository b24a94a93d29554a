using Microsoft.Extensions.Logging;

namespace ChainGraph.Store.Embedded;

/// <summary>The embedded store's log messages, with fixed event ids (1000s; docs/architecture.md lists every project's range).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Embedded store opened at {Path}: {Companies} companies, {Sites} sites, loaded in {Milliseconds} ms: file and image read {ReadMs} ms, indexes {IndexMs} ms")]
    public static partial void Opened(ILogger logger, string path, int companies, int sites, long milliseconds, long readMs, long indexMs);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Applied {Rows} rows (replace: {Replace}) in {Milliseconds} ms: indexes with the graph image beside them {IndexMs} ms, site key lists {ListsMs} ms, then SQLite {WriteMs} ms (a write of 20,000 rows or more writes its rows beside the indexes and image, so this is what remains of them, then the image, the lists and the commit)")]
    public static partial void Applied(ILogger logger, int rows, bool replace, long milliseconds, long indexMs, long listsMs, long writeMs);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Graph image of {Path} not used ({Problem}): loaded from the rows instead; rewriting the image: {Rewriting}")]
    public static partial void ImageRejected(ILogger logger, string path, string problem, bool rewriting);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Embedded store at {Path} is read-only (the file or its folder is not writable): questions are answered, every write is refused")]
    public static partial void OpenedReadOnly(ILogger logger, string path);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "{Problem}")]
    public static partial void WritesMissing(ILogger logger, string problem);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Embedded store at {Path} changed on disk (data version {Before} to {After}, written by another process): reloaded")]
    public static partial void Refreshed(ILogger logger, string path, long before, long after);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "Embedded store at {Path} opened for scoped reads at data version {Version} in {Milliseconds} ms")]
    public static partial void OpenedScoped(ILogger logger, string path, long version, long milliseconds);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Information, Message = "Scoped reads of {Path} not possible ({Reason}): opening the whole store")]
    public static partial void ScopedNotPossible(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Information, Message = "Scoped reads of {Path}: {Call} needs the whole store, opening it")]
    public static partial void ScopedOpensWhole(ILogger logger, string path, string call);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Graph image of write {Version} written after the write, in {Milliseconds} ms")]
    public static partial void ImageWrittenLater(ILogger logger, long version, long milliseconds);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning, Message = "Graph image of write {Version} not written ({Error}: {Message}): the next open reads the rows and writes it")]
    public static partial void ImageLaterFailed(ILogger logger, long version, string error, string message);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Information, Message = "Index image of write {Version} written ({Bytes} bytes) in {Milliseconds} ms: the next open reads these indexes instead of building them")]
    public static partial void IndexImageWritten(ILogger logger, long version, int bytes, long milliseconds);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Warning, Message = "Index image of write {Version} not written ({Error}: {Message}): the next open builds the indexes")]
    public static partial void IndexImageFailed(ILogger logger, long version, string error, string message);
}
