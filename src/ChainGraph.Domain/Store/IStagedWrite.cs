using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Store;

/// <summary>A write started by <see cref="IStagedWriter.StageAsync"/>: commit it once it is known to be valid, or dispose it to abandon it.</summary>
public interface IStagedWrite : IDisposable
{
    /// <summary>
    /// Commits the staged change set as <see cref="IGraphStore.ApplyAsync"/> would have: everything or nothing, readers
    /// see the graph before or after. Can be called once.
    /// </summary>
    ValueTask CommitAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Completes a write begun by <see cref="IStagedWriter.StageFirstAsync"/> with the whole change set: the same rows in
    /// the tables staged first (they are not written again) and the rest, written after them. Once, before
    /// <see cref="CommitAsync"/>; a change set whose staged tables differ from those staged is refused
    /// (<see cref="ArgumentException"/>) and the write can then only be abandoned.
    /// </summary>
    void Extend(ChangeSet whole);

    /// <summary>
    /// Writes more rows after those staged, while the rest of the change set is still being read (a data set's supplies
    /// in batches as their file is read): only on a write staged with <see cref="IStagedWriter.StageFirstAsync"/>, before
    /// <see cref="Extend"/>, which then writes only the tables no part brought rows of; the parts of a table must add up to
    /// the whole change set's rows of it. Safe to call from any thread. A store may leave them to <see cref="Extend"/>.
    /// </summary>
    void Add(ChangeSet more);
}
