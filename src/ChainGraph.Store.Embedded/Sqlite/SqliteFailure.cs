using ChainGraph.Domain.Store;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>Turns SQLite's storage errors into the store's own: what went wrong, in words an operator can act on.</summary>
internal static class SqliteFailure
{
    // SQLite's primary result codes (https://sqlite.org/rescode.html)
    private const int Perm = 3;
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoErr = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADb = 26;

    /// <summary>Why a storage operation failed, or null when the error is not about storage.</summary>
    public static string? Reason(SqliteException e) => e.SqliteErrorCode switch
    {
        Full => "the disk is full",
        ReadOnly or Perm => "the store file or its folder is read-only",
        IoErr => "the disk reported an I/O error",
        CantOpen => "the store file cannot be opened",
        Busy or Locked => "another process holds the store's write lock",
        Corrupt or NotADb => "the store file is damaged",
        _ => null,
    };

    /// <summary>A write that failed for a storage reason, as the port's <see cref="StoreUnavailableException"/>.</summary>
    public static StoreUnavailableException ForWrite(SqliteException e, string reason, string path) =>
        new($"cannot write to the store at {path}: {reason}; nothing was written", e);

    public static bool IsReadOnly(SqliteException e) => e.SqliteErrorCode is ReadOnly or Perm or CantOpen;

    public static bool IsNotADatabase(SqliteException e) => e.SqliteErrorCode is NotADb or Corrupt;
}
