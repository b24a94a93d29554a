namespace ChainGraph.Store.Embedded;

/// <summary>The graph image written after a small write (<see cref="ImageLater"/>).</summary>
public sealed partial class EmbeddedGraphStore
{
    /// <summary>The data version whose graph image is known to be in the file (written by this store).</summary>
    private long _imageVersion = -1;

    /// <summary>
    /// Waits until the graph image of every write so far is in the file (a small write into a large store commits its
    /// rows first and its image after).
    /// </summary>
    public void FlushImage() => _imageLater.Flush();

    /// <summary>
    /// Makes the image of the current snapshot (off the write lock) and writes it when no later write has been committed
    /// meanwhile, by this store or another process. A failure is logged, not thrown (whatever it is: nobody waits for this
    /// work but a flush or the store's closing): the image is a cache of the rows, and the next open makes a new one.
    /// </summary>
    internal void WriteImageOfCurrent()
    {
        long version = -1;
        try
        {
            Snapshot.GraphSnapshot snapshot;
            _writeLock.Wait();
            try
            {
                (snapshot, version) = (_snapshot, _version);
            }
            finally
            {
                _writeLock.Release();
            }
            if (Interlocked.Read(ref _imageVersion) == version)
            {
                return;
            }
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var image = Sqlite.GraphImage.Write(snapshot);
            _writeLock.Wait();
            try
            {
                if (_version == version && _file.WriteImageIfAt(image, version))
                {
                    Interlocked.Exchange(ref _imageVersion, version);
                    Log.ImageWrittenLater(_logger, version, clock.ElapsedMilliseconds);
                }
            }
            finally
            {
                _writeLock.Release();
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Log.ImageLaterFailed(_logger, version, e.GetType().Name, e.Message);
        }
    }
}
