namespace ChainGraph.Domain.Store;

/// <summary>A write started by <see cref="IStagedWriter.StageAsync"/>: commit it once it is known to be valid, or dispose it to abandon it.</summary>
public interface IStagedWrite : IDisposable
{
    /// <summary>
    /// Commits the staged change set as <see cref="IGraphStore.ApplyAsync"/> would have: everything or nothing, readers
    /// see the graph before or after. Can be called once.
    /// </summary>
    ValueTask CommitAsync(CancellationToken cancellationToken = default);
}
