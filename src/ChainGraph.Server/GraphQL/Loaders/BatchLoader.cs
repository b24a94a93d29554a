using GraphQL.DataLoader;

namespace ChainGraph.Server.GraphQL.Loaders;

/// <summary>
/// A request-scoped batch loader. Resolvers ask for keys and get an <see cref="IDataLoaderResult{T}"/>;
/// GraphQL.NET collects the pending results of a whole level before awaiting any, so the first await
/// fetches every key asked for so far in one store call. Results are cached for the request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> fetch) : IDisposable
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _cache = [];
    private readonly HashSet<TKey> _done = [];
    private readonly List<TKey> _pending = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The value for a key, or default when the store has none.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_pending)
        {
            if (!_done.Contains(key) && !_pending.Contains(key))
            {
                _pending.Add(key);
            }
        }
        return new Result(this, key);
    }

    /// <summary>The values of several keys, in key order; keys the store has no value for are left out.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        var results = keys.Select(Load).ToList();
        return new ManyResult(results);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            List<TKey> batch;
            lock (_pending)
            {
                batch = [.. _pending];
                _pending.Clear();
            }
            if (batch.Count > 0)
            {
                var found = await fetch(batch, cancellationToken).ConfigureAwait(false);
                foreach (var k in batch)
                {
                    _done.Add(k);
                    if (found.TryGetValue(k, out var value))
                    {
                        _cache[k] = value;
                    }
                }
            }
            return _cache.TryGetValue(key, out var result) ? result : default;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class ManyResult(List<IDataLoaderResult<TValue?>> results) : IDataLoaderResult<IReadOnlyList<TValue>>
    {
        public async Task<IReadOnlyList<TValue>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<TValue>(results.Count);
            foreach (var result in results)
            {
                if (await result.GetResultAsync(cancellationToken).ConfigureAwait(false) is { } value)
                {
                    values.Add(value);
                }
            }
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
