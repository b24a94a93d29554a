using System.Collections;
using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// The supply rows by key, holding each row once: the key is the row's own supplier, customer and segment, so
/// nothing is stored beside it. A map from key to row kept a copy of the three fields per row (24 bytes, 120 MB at
/// five million supplies).
/// <para>
/// Rows read back from a graph image are already distinct by key (the image was written from a set and its checksum
/// verified), so <see cref="AddDistinct"/> only lists them; the set by key is built the first time a key is looked up
/// or the rows are changed. Opening a store needs only to count and enumerate them: hashing five million keys took
/// 9 s of opening a million companies. Both views hold the same rows in the same order.
/// </para>
/// </summary>
internal sealed class SupplySet : IReadOnlyCollection<Supply>
{
    private readonly Lock _gate = new();
    private HashSet<Supply>? _rows;
    private List<Supply>? _distinct;

    public SupplySet() => _rows = new(ByKey.Instance);

    /// <summary>A copy holding the same rows.</summary>
    public SupplySet(SupplySet from)
    {
        ArgumentNullException.ThrowIfNull(from);
        _rows = new(Volatile.Read(ref from._rows) ?? (IEnumerable<Supply>)from._distinct!, ByKey.Instance);
    }

    public int Count => _distinct?.Count ?? _rows!.Count;

    /// <summary>Makes room for <paramref name="capacity"/> rows added by <see cref="AddDistinct"/>.</summary>
    public void EnsureCapacity(int capacity)
    {
        ListWhileEmpty();
        _distinct?.EnsureCapacity(capacity);
        _rows?.EnsureCapacity(capacity);
    }

    /// <summary>
    /// Adds a row whose key differs from every row's here, without checking it (rows read back from a graph image,
    /// before the set is shared).
    /// </summary>
    public void AddDistinct(Supply row)
    {
        ListWhileEmpty();
        if (_rows is null)
        {
            _distinct!.Add(row);
        }
        else
        {
            Set(row);
        }
    }

    /// <summary>An empty set takes rows as a list until a key is looked up or a row changed.</summary>
    private void ListWhileEmpty()
    {
        if (_rows is { Count: 0 } && _distinct is null)
        {
            _rows = null;
            _distinct = [];
        }
    }

    /// <summary>
    /// Sets each of <paramref name="rows"/>; rows known to have distinct keys going into an empty set are listed instead,
    /// the set by key made when a key is first looked up.
    /// </summary>
    public void SetAll(IReadOnlyList<Supply> rows, bool distinct)
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
            Set(row);
        }
    }

    /// <summary>Adds the row, or replaces the row with its key.</summary>
    public void Set(Supply row)
    {
        var rows = Owned();
        if (!rows.Add(row))
        {
            rows.Remove(row);
            rows.Add(row);
        }
    }

    public bool Contains(SupplyKey key) => Rows.Contains(Probe(key));

    public bool Remove(SupplyKey key) => Owned().Remove(Probe(key));

    /// <summary>The rows in the order enumerating lists them, copied straight from the list or set.</summary>
    public Supply[] ToArray()
    {
        if (_distinct is { } listed)
        {
            return listed.ToArray();
        }
        var array = new Supply[_rows!.Count];
        _rows.CopyTo(array);
        return array;
    }

    public Enumerator GetEnumerator() => _distinct is { } distinct ? new(distinct.GetEnumerator()) : new(_rows!.GetEnumerator());

    IEnumerator<Supply> IEnumerable<Supply>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The set by key, built from the listed rows on first use (readers of a shared snapshot may race to it).</summary>
    private HashSet<Supply> Rows
    {
        get
        {
            if (Volatile.Read(ref _rows) is { } rows)
            {
                return rows;
            }
            lock (_gate)
            {
                if (_rows is null)
                {
                    Volatile.Write(ref _rows, new HashSet<Supply>(_distinct!, ByKey.Instance));
                }
                return _rows!;
            }
        }
    }

    /// <summary>The set by key, for a change: the list is dropped, so that enumerating sees the change.</summary>
    private HashSet<Supply> Owned()
    {
        var rows = Rows;
        _distinct = null;
        return rows;
    }

    /// <summary>A row standing for its key in a lookup.</summary>
    private static Supply Probe(SupplyKey key) => new(key.SupplierId, key.CustomerId, key.SegmentId, null);

    /// <summary>The rows: in the order they were listed, or in the set's order once they were changed.</summary>
    public struct Enumerator : IEnumerator<Supply>
    {
        private readonly bool _fromList;
        private List<Supply>.Enumerator _list;
        private HashSet<Supply>.Enumerator _set;

        internal Enumerator(List<Supply>.Enumerator list)
        {
            _fromList = true;
            _list = list;
        }

        internal Enumerator(HashSet<Supply>.Enumerator set) => _set = set;

        public readonly Supply Current => _fromList ? _list.Current : _set.Current;

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => _fromList ? _list.MoveNext() : _set.MoveNext();

        public void Reset() => throw new NotSupportedException();

        public readonly void Dispose()
        {
        }
    }

    /// <summary>Two rows are the same row when their keys are equal (ordinal, as <see cref="SupplyKey"/>).</summary>
    private sealed class ByKey : IEqualityComparer<Supply>
    {
        public static readonly ByKey Instance = new();

        public bool Equals(Supply? x, Supply? y) =>
            ReferenceEquals(x, y)
            || (x is not null && y is not null
                && string.Equals(x.SupplierId, y.SupplierId, StringComparison.Ordinal)
                && string.Equals(x.CustomerId, y.CustomerId, StringComparison.Ordinal)
                && string.Equals(x.SegmentId, y.SegmentId, StringComparison.Ordinal));

        public int GetHashCode(Supply obj) =>
            HashCode.Combine(
                StringComparer.Ordinal.GetHashCode(obj.SupplierId),
                StringComparer.Ordinal.GetHashCode(obj.CustomerId),
                obj.SegmentId is null ? 0 : StringComparer.Ordinal.GetHashCode(obj.SegmentId));
    }
}
