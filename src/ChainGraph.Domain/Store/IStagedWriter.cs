using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Store;

/// <summary>
/// A store that can start writing a change set while its caller is still checking it, so that a large import's rows
/// go to disk while the data set is validated rather than after it. Nothing of a staged write is seen, by readers or by
/// other users of the store, until it is committed, and the store takes no other write in between; disposing it without
/// committing abandons it. Optional: the importer validates first and then calls <see cref="IGraphStore.ApplyAsync"/>
/// on a store without it.
/// </summary>
public interface IStagedWriter
{
    /// <summary>
    /// Starts writing <paramref name="changes"/>, which the caller has yet to validate (invalid rows may be written,
    /// and are rolled back when the write is abandoned). Waits for the store's other writes first.
    /// </summary>
    ValueTask<IStagedWrite> StageAsync(ChangeSet changes, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="StageAsync"/>, for the first tables of a change set whose other tables are still being read (a data
    /// set's companies while its sites and supplies are read): their rows are written meanwhile, and the staged write
    /// takes the whole change set through <see cref="IStagedWrite.Extend"/> before it can be committed.
    /// </summary>
    ValueTask<IStagedWrite> StageFirstAsync(ChangeSet first, CancellationToken cancellationToken = default);
}
