using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>
/// SQLite applies whatever write-ahead log lies next to a file, and a file whose log went missing opens
/// without its last writes; neither says a word. These checks run before the file is opened for writing
/// (opening for writing would fold the log into the file for good):
/// <list type="bullet">
/// <item>a log that belongs to another store, or to an older copy of this one, is refused, and nothing is applied;</item>
/// <item>a missing log is noticed from the state file (<c>&lt;store&gt;-state</c>), which records the store id and
/// data version after every commit: the store opens, and the loss is reported.</item>
/// </list>
/// </summary>
internal static class WriteAheadLogCheck
{
    /// <summary>Refuses a write-ahead log that is not this file's own. Does nothing when there is no pending log.</summary>
    public static void RequireOwnLog(string path)
    {
        var wal = path + "-wal";
        // A log holding only its 32-byte header has no frames to apply.
        if (!File.Exists(path) || !File.Exists(wal) || new FileInfo(wal).Length <= 32)
        {
            return;
        }
        StoreIdentity file, withLog;
        try
        {
            file = ReadIdentity(ConnectionString(new Uri(path).AbsoluteUri + "?immutable=1"));
        }
        catch (SqliteException)
        {
            return; // the file itself is checked (and refused) by the integrity check that follows
        }
        try
        {
            withLog = ReadIdentity(ConnectionString(path));
        }
        catch (SqliteException e) when (SqliteFailure.IsNotADatabase(e))
        {
            throw Foreign(path, wal, "applying it makes the file unreadable", e);
        }
        catch (SqliteException e) when (SqliteFailure.IsReadOnly(e))
        {
            return; // a read-only folder: the read-only open path deals with a pending log
        }
        if (file.StoreId is not null && withLog.StoreId is not null && file.StoreId != withLog.StoreId)
        {
            throw Foreign(path, wal, $"it holds store {withLog.StoreId}, the file is store {file.StoreId}");
        }
        if (file.StoreId is not null && withLog.DataVersion < file.DataVersion)
        {
            throw Foreign(path, wal, $"it is older than the file (write {withLog.DataVersion} with it, write {file.DataVersion} without)");
        }
    }

    /// <summary>
    /// Compares the opened store with the state file written after its last commit: a description of the
    /// writes that are missing, or null when none are.
    /// </summary>
    public static string? MissingWrites(string path, StoreIdentity opened)
    {
        if (StoreStateFile.Read(path) is not { } recorded || recorded.StoreId is null || recorded.StoreId != opened.StoreId
            || recorded.DataVersion <= opened.DataVersion)
        {
            return null;
        }
        var lost = recorded.DataVersion - opened.DataVersion;
        return $"{path} opened at write {opened.DataVersion}, but write {recorded.DataVersion} had been committed: the last {lost} " +
            $"write{(lost == 1 ? " is" : "s are")} missing because its write-ahead log ({path}-wal) was deleted or not copied with the file. " +
            "Restore the -wal file that belongs to it (with the service stopped), or import those changes again.";
    }

    private static StoreFileException Foreign(string path, string wal, string detail, Exception? inner = null) => new(
        $"{wal} is not the write-ahead log of {path} ({detail}); nothing was applied. Move {wal} (and {path}-shm) away to open the store " +
        "as it was last saved, or put back the -wal file that was copied with this store.",
        inner!);

    private static StoreIdentity ReadIdentity(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        return StoreIdentity.Read(connection);
    }

    private static string ConnectionString(string dataSource) => new SqliteConnectionStringBuilder
    {
        DataSource = dataSource,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
    }.ToString();
}
