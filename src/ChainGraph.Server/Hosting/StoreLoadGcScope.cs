using System.Runtime;
using ChainGraph.Store.Embedded;
using Microsoft.Extensions.Options;

namespace ChainGraph.Server.Hosting;

/// <summary>
/// The executable's one piece of process-wide garbage-collector tuning, around its start-up load of the embedded
/// store (<c>serve</c> starting, and the verbs that open a store). Opening allocates a burst of objects that all
/// stay alive; collecting in the middle of it only copies them from generation to generation, so the scope asks
/// the runtime for a no-GC region sized from the store file. A second after the end, one compacting collection
/// frees the load's garbage and gives the memory back to the system (delayed, because a compacting collection
/// stops every thread while it runs). When the service warms up before it listens, the scope ends there instead
/// (<see cref="EndBeforeListening"/>): the collection then runs at once, before any client can be made to wait by it.
/// The store itself never touches the collector: a library does not know what else its process is doing.
/// </summary>
internal sealed class StoreLoadGcScope : IDisposable
{
    private static readonly TimeSpan CompactAfter = TimeSpan.FromSeconds(1);
    private const long SmallStoreBytes = 8L * 1024 * 1024;
    private const long MinBytes = 32L * 1024 * 1024;
    private const long MaxBytes = 2048L * 1024 * 1024;
    private bool _active;
    private readonly bool _noGc;
    private readonly bool _compact;

    private StoreLoadGcScope(long storeBytes, long bytesPerStoreByte = 8, bool compact = true)
    {
        if (storeBytes < SmallStoreBytes)
        {
            // a small store loads in milliseconds; the collector is no bother there
            return;
        }
        _active = true;
        _compact = compact;
        // Loading allocates about four and a half times the file's size (the image, the rows, the indexes);
        // the budget leaves room so that no collection starts halfway.
        var budget = Math.Clamp(storeBytes * bytesPerStoreByte, MinBytes, MaxBytes);
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

    /// <summary>For opening the embedded store file at <paramref name="path"/> (sized from the file and its write-ahead log).</summary>
    public static StoreLoadGcScope ForFile(string path) => new(FileBytes(path) + FileBytes(path + "-wal"));

    /// <summary>
    /// For one command-line question over the store at <paramref name="path"/>, read only as far as it needs
    /// (<see cref="ChainGraph.Store.Embedded.Scoped.ScopedGraphStore"/>): it allocates a fraction of the file's size,
    /// nearly all of it kept until the answer is printed, in arrays large enough to go to the large object heap, where
    /// each few megabytes started a full collection (five full collections for one question at 100,000 companies).
    /// The region's budget is the file's size; a question that reads more (one that needs the whole store) simply
    /// leaves the region when it is spent, and the collector works as usual from there. The process ends soon after
    /// the answer: no compaction follows.
    /// </summary>
    public static StoreLoadGcScope ForQuestion(string path) => new(FileBytes(path) + FileBytes(path + "-wal"), bytesPerStoreByte: 1, compact: false);

    /// <summary>For starting the service: sized from the embedded store's file when that is the configured store, else nothing.</summary>
    public static StoreLoadGcScope ForService(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<IOptions<StoreOptions>>().Value.Kind == StoreKind.Embedded
                ? ForFile(services.GetRequiredService<IOptions<EmbeddedStoreOptions>>().Value.Path)
                : new(0);
        }
        catch (OptionsValidationException)
        {
            // starting reports invalid settings as it always has
            return new(0);
        }
    }

    /// <summary>Ends the scope now, with its compacting collection right away; disposing afterwards does nothing.</summary>
    public void EndBeforeListening()
    {
        if (End() && _compact)
        {
            Compact();
        }
    }

    public void Dispose()
    {
        if (End() && _compact)
        {
            _ = Task.Delay(CompactAfter).ContinueWith(static _ => Compact(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    /// <summary>Leaves the no-GC region; false when there is nothing to end (a small store, or ended already).</summary>
    private bool End()
    {
        if (!_active)
        {
            return false;
        }
        _active = false;
        if (_noGc && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }
        return true;
    }

    private static void Compact()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private static long FileBytes(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
