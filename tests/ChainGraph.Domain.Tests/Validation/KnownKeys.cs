using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Domain.Tests.Validation;

/// <summary>A store that holds the given keys (of any kind, without parents) and nothing else.</summary>
internal sealed class KnownKeys(params (EntityKind Kind, string Key)[] keys) : IKeyLookup
{
    public ValueTask<IReadOnlyDictionary<string, string?>> FindKeysAsync(EntityKind kind, IReadOnlyCollection<string> wanted, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, string?>>(
            wanted.Where(k => keys.Contains((kind, k))).ToDictionary(k => k, _ => (string?)null, StringComparer.Ordinal));
}
