using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Store;

/// <summary>What validation needs of a store: which keys exist, and their parent keys.</summary>
public interface IKeyLookup
{
    /// <summary>
    /// Returns the keys among <paramref name="keys"/> that exist in the store, each with its parent key
    /// (regions, segments and companies) or null (no parent, or a kind without parents).
    /// </summary>
    ValueTask<IReadOnlyDictionary<string, string?>> FindKeysAsync(
        EntityKind kind,
        IReadOnlyCollection<string> keys,
        CancellationToken cancellationToken = default);
}
