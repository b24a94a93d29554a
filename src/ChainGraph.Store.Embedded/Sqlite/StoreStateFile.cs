using System.Globalization;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>
/// A small text file beside the store (<c>&lt;store&gt;-state</c>) that records the store id and the data version of
/// the last commit. It lives outside SQLite on purpose: it still tells the last committed write when the
/// write-ahead log that held that write is gone. Best effort: a state file that cannot be written only
/// weakens that check.
/// </summary>
internal static class StoreStateFile
{
    private const string Header = "chaingraph-store-state 1";

    public static string PathOf(string storePath) => storePath + "-state";

    public static StoreIdentity? Read(string storePath)
    {
        try
        {
            var lines = File.ReadAllLines(PathOf(storePath));
            if (lines is not [Header, var id, var version, ..]
                || !long.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var dataVersion))
            {
                return null;
            }
            return new StoreIdentity(id, dataVersion);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static void Write(string storePath, StoreIdentity identity)
    {
        if (identity.StoreId is null)
        {
            return;
        }
        var target = PathOf(storePath);
        var temporary = $"{target}.{Environment.ProcessId}.tmp";
        try
        {
            File.WriteAllText(temporary, $"{Header}\n{identity.StoreId}\n{identity.DataVersion.ToString(CultureInfo.InvariantCulture)}\n");
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk or a read-only folder: the store works without it.
        }
    }
}
