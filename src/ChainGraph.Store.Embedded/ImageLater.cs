using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.Store.Embedded.Sqlite;

namespace ChainGraph.Store.Embedded;

/// <summary>
/// The graph image of a small write into a large store, written after the write has committed instead of inside it:
/// the image is the whole graph (a quarter of a gigabyte at a million companies, seconds to make and write), while the
/// write itself is a few rows. The rows and site key lists are committed at once; until the image follows, the file's
/// image is of an earlier write, which a load does not use (it reads the rows, and opening writes the image again).
/// Images are made one after the other, off the store's write lock, from the snapshot of their write; one whose write
/// has been followed by another is dropped (the later write has its own), and the image goes in under the write lock
/// only if the file's rows are still of its write. Disposing waits for the last one.
/// </summary>
internal sealed class ImageLater(EmbeddedGraphStore store) : IDisposable
{
    /// <summary>Stores of fewer companies write the image with the rows: it takes them a few hundred milliseconds at most.</summary>
    public const int FromCompanies = 20_000;

    private readonly Lock _gate = new();
    private Task _last = Task.CompletedTask;

    /// <summary>Whether a write of <paramref name="changes"/> onto <paramref name="snapshot"/> leaves its image for later.</summary>
    public static bool Applies(GraphSnapshot snapshot, ChangeSet changes) =>
        !changes.ReplaceAll && changes.RowCount < SecondaryIndexes.RebuildFromRows && snapshot.Companies.Length >= FromCompanies;

    /// <summary>Makes and writes the image of <paramref name="snapshot"/>, committed as data version <paramref name="version"/>, after the images before it.</summary>
    public void Schedule(GraphSnapshot snapshot, long version)
    {
        lock (_gate)
        {
            var before = _last;
            _last = before.ContinueWith(_ => store.WriteImageLater(snapshot, version), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    /// <summary>Waits for the images scheduled so far.</summary>
    public void Flush()
    {
        Task last;
        lock (_gate)
        {
            last = _last;
        }
        last.GetAwaiter().GetResult();
    }

    public void Dispose() => Flush();
}
