using ChainGraph.Domain.Store;
using ChainGraph.Store.Embedded;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Server.Cli;

/// <summary>
/// Failures of the store or the disk that a command line user can act on: printed as one line on standard
/// error, never as a stack trace.
/// </summary>
internal static class CliFailure
{
    public static string? Describe(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case StoreFileException or StoreUnavailableException or IOException or UnauthorizedAccessException:
                    return e.Message;
                case SqliteException sqlite:
                    return "the store failed: " + sqlite.Message;
                default:
                    break;
            }
        }
        return null;
    }
}
