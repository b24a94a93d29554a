using System.Collections;
using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// The supply rows by key, holding each row once: the key is the row's own supplier, customer and segment, so
/// nothing is stored beside it. A map from key to row kept a copy of the three fields per row (24 bytes, 120 MB at
/// five million supplies).
/// </summary>
internal sealed class SupplySet : IReadOnlyCollection<Supply>
{
    private readonly HashSet<Supply> _rows;

    public SupplySet() => _rows = new(ByKey.Instance);

    /// <summary>A copy holding the same rows.</summary>
    public SupplySet(SupplySet from) => _rows = new(from._rows, ByKey.Instance);

    public int Count => _rows.Count;

    public void EnsureCapacity(int capacity) => _rows.EnsureCapacity(capacity);

    /// <summary>Adds the row, or replaces the row with its key.</summary>
    public void Set(Supply row)
    {
        if (!_rows.Add(row))
        {
            _rows.Remove(row);
            _rows.Add(row);
        }
    }

    public bool Contains(SupplyKey key) => _rows.Contains(Probe(key));

    public bool Remove(SupplyKey key) => _rows.Remove(Probe(key));

    public HashSet<Supply>.Enumerator GetEnumerator() => _rows.GetEnumerator();

    IEnumerator<Supply> IEnumerable<Supply>.GetEnumerator() => _rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _rows.GetEnumerator();

    /// <summary>A row standing for its key in a lookup.</summary>
    private static Supply Probe(SupplyKey key) => new(key.SupplierId, key.CustomerId, key.SegmentId, null);

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
