using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.Store.Embedded.Sqlite;

namespace ChainGraph.Store.Embedded;

/// <summary>The graph image written after a small write (<see cref="ImageLater"/>).</summary>
public sealed partial class EmbeddedGraphStore
{
    /// <summary>
    /// Waits until the graph image of every write so far is in the file (a small write into a large store commits its
    /// rows first and its image after).
    /// </summary>
    public void FlushImage() => _imageLater.Flush();

    /// <summary>
    /// Makes the image of <paramref name="snapshot"/> (off the write lock) and writes it when no later write has been
    /// committed, by this store or another process. A failure is logged, not thrown (whatever it is: nobody waits for
    /// this work but a flush or the store's closing): the image is a cache of the rows, and the next open makes a new one.
    /// </summary>
    internal void WriteImageLater(GraphSnapshot snapshot, long version)
    {
        if (Interlocked.Read(ref _version) != version)
        {
            return;
        }
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var image = GraphImage.Write(snapshot);
            _writeLock.Wait();
            try
            {
                if (Interlocked.Read(ref _version) == version && _file.WriteImageIfAt(image, version))
                {
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
