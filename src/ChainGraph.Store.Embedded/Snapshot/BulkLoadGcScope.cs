using System.Runtime;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// Building a snapshot allocates a burst of objects that all stay alive. Collecting in the middle of it
/// only copies them from generation to generation, so the scope asks the runtime for a no-GC region sized
/// from the store file. A second after the end, one compacting collection frees the load's garbage and
/// gives the memory back to the system. (A compacting collection stops every thread while it runs, so it
/// is delayed rather than started at once, which would pause the caller as it returns.)
/// </summary>
internal sealed class BulkLoadGcScope : IDisposable
{
    private static readonly TimeSpan CompactAfter = TimeSpan.FromSeconds(1);
    private const long SmallStoreBytes = 8L * 1024 * 1024;
    private const long MinBytes = 32L * 1024 * 1024;
    private const long MaxBytes = 2048L * 1024 * 1024;
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
        // Loading allocates about four and a half times the file's size (the image, the rows, the indexes);
        // the budget leaves room so that no collection starts halfway.
        var budget = Math.Clamp(storeBytes * 8, MinBytes, MaxBytes);
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
        _ = Task.Delay(CompactAfter).ContinueWith(
            static _ =>
            {
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            },
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default);
    }
}
