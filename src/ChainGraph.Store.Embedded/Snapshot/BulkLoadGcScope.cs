using System.Runtime;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// Building a snapshot allocates a burst of objects that all stay alive. Collecting in the middle of it
/// only copies them from generation to generation, so the scope asks the runtime for a no-GC region sized
/// from the store file. At the end, one compacting collection on a worker thread frees the load's
/// garbage and gives the memory back to the system, without making the caller wait for it.
/// </summary>
internal sealed class BulkLoadGcScope : IDisposable
{
    private const long SmallStoreBytes = 8L * 1024 * 1024;
    private const long MinBytes = 32L * 1024 * 1024;
    private const long MaxBytes = 1024L * 1024 * 1024;
    private readonly bool _active;
    private readonly bool _noGc;

    public BulkLoadGcScope(long storeBytes)
    {
        if (storeBytes < SmallStoreBytes)
        {
            // a small store loads in milliseconds; the collector is no bother there
            return;
        }
        _active = true;
        // In memory the graph takes roughly three times its size on disk.
        var budget = Math.Clamp(storeBytes * 3, MinBytes, MaxBytes);
        try
        {
            _noGc = GC.TryStartNoGCRegion(budget);
        }
        catch (ArgumentOutOfRangeException)
        {
            _noGc = false;
        }
        catch (InvalidOperationException)
        {
            _noGc = false;
        }
    }

    public void Dispose()
    {
        if (!_active)
        {
            return;
        }
        if (_noGc && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }
        ThreadPool.UnsafeQueueUserWorkItem(
            static _ =>
            {
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            },
            null);
    }
}
