namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>Another process committed to the file after the writer read it; nothing was written.</summary>
internal sealed class StaleSnapshotException(long basedOn, long current)
    : Exception($"the store file is at data version {current}, not {basedOn}: another process wrote to it")
{
    public long Current { get; } = current;
}
