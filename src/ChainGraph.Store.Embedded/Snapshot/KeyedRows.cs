using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// Rows by their id (companies, sites): a map from id to row, except that rows read back from a graph image (distinct by
/// id, the image was written from a map and its checksum verified) are only listed, and the map is built the first
/// time an id is looked up or a row is set. Opening a store needs only to count and enumerate them: putting two
/// million sites into the map took about half a second of opening a million companies, on the longer of the image's
/// two reading threads. Both views hold the same rows in the same order.
/// </summary>
internal sealed class KeyedRows<T> : IReadOnlyDictionary<string, T>
    where T : class
{
    private readonly Func<T, string> _key;
    private readonly Lock _gate = new();
    private Dictionary<string, T>? _byKey;
    private List<T>? _listed;

    public KeyedRows(Func<T, string> key)
    {
        _key = key;
        _byKey = new(StringComparer.Ordinal);
    }

    /// <summary>A copy holding the same rows.</summary>
    public KeyedRows(KeyedRows<T> from)
    {
        ArgumentNullException.ThrowIfNull(from);
        _key = from._key;
        _byKey = Volatile.Read(ref from._byKey) is { } byKey
            ? new(byKey, StringComparer.Ordinal)
            : from._listed!.ToDictionary(from._key, StringComparer.Ordinal);
    }

    public int Count => _listed?.Count ?? _byKey!.Count;

    /// <summary>Makes room for <paramref name="capacity"/> rows added by <see cref="AddDistinct"/>.</summary>
    public void EnsureCapacity(int capacity)
    {
        ListWhileEmpty();
        _listed?.EnsureCapacity(capacity);
        _byKey?.EnsureCapacity(capacity);
    }

    /// <summary>
    /// Adds a row whose id differs from every row's here, without checking it (rows read back from a graph image, before
    /// the rows are shared).
    /// </summary>
    public void AddDistinct(T row)
    {
        ListWhileEmpty();
        if (_byKey is null)
        {
            _listed!.Add(row);
        }
        else
        {
            _byKey[_key(row)] = row;
        }
    }

    /// <summary>
    /// Sets each of <paramref name="rows"/> (adds it, or replaces the row with its id); rows known to have distinct ids
    /// going into an empty table are listed instead, the map by id made when an id is first looked up.
    /// </summary>
    public void SetAll(IReadOnlyList<T> rows, bool distinct)
    {
        if (distinct && Count == 0)
        {
            EnsureCapacity(rows.Count);
            foreach (var row in rows)
            {
                AddDistinct(row);
            }
            return;
        }
        foreach (var row in rows)
        {
            this[_key(row)] = row;
        }
    }

    /// <summary>The row with id <paramref name="key"/>; setting adds the row or replaces the one with its id.</summary>
    public T this[string key]
    {
        get => ByKey[key];
        set => Owned()[key] = value;
    }

    public bool ContainsKey(string key) => ByKey.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value) => ByKey.TryGetValue(key, out value);

    /// <summary>The rows: in the order they were listed, or in the map's order once one was set.</summary>
    public IEnumerable<T> Values => _listed is { } listed ? listed : _byKey!.Values;

    public IEnumerable<string> Keys => Values.Select(_key);

    public IEnumerator<KeyValuePair<string, T>> GetEnumerator() =>
        Values.Select(row => new KeyValuePair<string, T>(_key(row), row)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>An empty instance takes rows as a list until an id is looked up or a row set.</summary>
    private void ListWhileEmpty()
    {
        if (_byKey is { Count: 0 } && _listed is null)
        {
            _byKey = null;
            _listed = [];
        }
    }

    /// <summary>The map by id, built from the listed rows on first use (readers of a shared snapshot may race to it).</summary>
    private Dictionary<string, T> ByKey
    {
        get
        {
            if (Volatile.Read(ref _byKey) is { } byKey)
            {
                return byKey;
            }
            lock (_gate)
            {
                if (_byKey is null)
                {
                    var map = new Dictionary<string, T>(_listed!.Count, StringComparer.Ordinal);
                    foreach (var row in _listed)
                    {
                        map.Add(_key(row), row);
                    }
                    Volatile.Write(ref _byKey, map);
                }
                return _byKey!;
            }
        }
    }

    /// <summary>The map by id, for a change: the list is dropped, so that enumerating sees the change.</summary>
    private Dictionary<string, T> Owned()
    {
        var byKey = ByKey;
        _listed = null;
        return byKey;
    }
}
