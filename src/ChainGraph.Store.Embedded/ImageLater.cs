using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.Store.Embedded.Sqlite;

namespace ChainGraph.Store.Embedded;

/// <summary>
/// The graph image of a small write into a large store, written after the write has committed instead of inside it:
/// the image is the whole graph (a quarter of a gigabyte at a million companies, seconds to make and write), while the
/// write itself is a few rows. The rows and site key lists are committed at once; until the image follows, the file's
/// image is of an earlier write, which a load does not use (it reads the rows, and opening writes the image again).
/// One worker at a time makes the image of the store's current snapshot, off the store's write lock, and writes it
/// under the lock only if the file's rows are still of that snapshot's write; writes made meanwhile only ask for one more
/// round, so a burst of writes makes one or two images and holds no snapshot but the current one. The same worker then
/// writes the index image of a large store that builds its indexes at once, beside the graph image it belongs to (after
/// a write, and after an open that built the indexes). Disposing waits for the worker.
/// </summary>
internal sealed class ImageLater(EmbeddedGraphStore store) : IDisposable
{
    /// <summary>Stores of fewer companies write the image with the rows: it takes them a few hundred milliseconds at most.</summary>
    public const int FromCompanies = 20_000;

    private readonly Lock _gate = new();
    private Task _worker = Task.CompletedTask;
    private bool _running;
    private bool _asked;

    /// <summary>Whether a write of <paramref name="changes"/> onto <paramref name="snapshot"/> leaves its image for later.</summary>
    public static bool Applies(GraphSnapshot snapshot, ChangeSet changes) =>
        !changes.ReplaceAll && changes.RowCount < SecondaryIndexes.RebuildFromRows && snapshot.Companies.Length >= FromCompanies;

    /// <summary>Asks for the image of the store's current snapshot (a write has just been committed without it).</summary>
    public void Ask()
    {
        lock (_gate)
        {
            _asked = true;
            if (!_running)
            {
                _running = true;
                _worker = Task.Run(Work);
            }
        }
    }

    /// <summary>Waits until the image asked for so far is written (or found not needed).</summary>
    public void Flush()
    {
        Task worker;
        lock (_gate)
        {
            worker = _worker;
        }
        worker.GetAwaiter().GetResult();
    }

    public void Dispose() => Flush();

    private void Work()
    {
        while (true)
        {
            lock (_gate)
            {
                if (!_asked)
                {
                    _running = false;
                    return;
                }
                _asked = false;
            }
            store.WriteImageOfCurrent();
            store.WriteIndexImageOfCurrent();
        }
    }
}
