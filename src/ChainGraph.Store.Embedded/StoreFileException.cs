namespace ChainGraph.Store.Embedded;

/// <summary>
/// The store file cannot be used as it is (empty, not a ChainGraph store, damaged, or with a write-ahead log
/// that is not its own). The message says what is wrong and how to recover; nothing has been written.
/// </summary>
public sealed class StoreFileException : Exception
{
    public StoreFileException()
    {
    }

    public StoreFileException(string message)
        : base(message)
    {
    }

    public StoreFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
