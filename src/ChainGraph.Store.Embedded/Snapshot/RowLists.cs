namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// A list of items for each of a fixed number of rows (companies, groups), held in two flat arrays: every row's
/// items side by side, and where each row starts. An array per row costs a 24-byte header and padding each, and at a
/// million companies a million small objects for the collector to trace; this costs four bytes per row.
/// </summary>
internal sealed class RowLists<T>
{
    private readonly T[] _items;
    private readonly int[] _starts;

    private RowLists(T[] items, int[] starts)
    {
        _items = items;
        _starts = starts;
    }

    /// <summary>Lists over arrays made elsewhere (read back from an index image): <paramref name="starts"/> has one entry more than the rows, the last being the items' count.</summary>
    public static RowLists<T> Of(T[] items, int[] starts) => new(items, starts);

    /// <summary>Where each row starts in <see cref="AllItems"/>, and then their count.</summary>
    public ReadOnlySpan<int> Starts => _starts;

    /// <summary>Every row's items, side by side.</summary>
    public ReadOnlySpan<T> AllItems => _items.AsSpan(0, Total);

    /// <summary>An empty list for each of <paramref name="rows"/> rows.</summary>
    public static RowLists<T> Empty(int rows) => new([], new int[rows + 1]);

    public int Count => _starts.Length - 1;

    /// <summary>How many items all the rows hold.</summary>
    public int Total => _starts[^1];

    public ReadOnlySpan<T> this[int row] => new(_items, _starts[row], _starts[row + 1] - _starts[row]);

    /// <summary>
    /// Shrinks each row in place (<paramref name="shrink"/> rearranges a row and returns how many of its first items
    /// to keep), then packs the rows together. Consumes this instance: use only the result.
    /// </summary>
    public RowLists<T> Packed(Shrink shrink)
    {
        var starts = new int[_starts.Length];
        var written = 0;
        for (var row = 0; row < Count; row++)
        {
            var items = _items.AsSpan(_starts[row], _starts[row + 1] - _starts[row]);
            var kept = shrink(items);
            // the write position never passes the read position, and CopyTo allows the overlap
            items[..kept].CopyTo(_items.AsSpan(written));
            starts[row] = written;
            written += kept;
        }
        starts[Count] = written;
        return new(written == _items.Length ? _items : _items[..written], starts);
    }

    public delegate int Shrink(Span<T> row);

    /// <summary>
    /// The same lists for <paramref name="rows"/> rows numbered anew: row <c>i</c>'s list becomes row <c>map[i]</c>'s
    /// (<paramref name="map"/> ascending, one entry per row here), the rows no row maps to are empty, and each item is
    /// mapped by <paramref name="item"/> (the items are shared when there is none).
    /// </summary>
    public RowLists<T> Renumbered(int[] map, int rows, Func<T, T>? item = null)
    {
        if (map.Length != Count)
        {
            throw new ArgumentException($"{map.Length} numbers for {Count} rows", nameof(map));
        }
        var starts = new int[rows + 1];
        var old = 0;
        for (var row = 0; row < rows; row++)
        {
            // an old row's list starts where it did; a new row's empty one where the next old row's starts
            starts[row] = _starts[old];
            if (old < map.Length && map[old] == row)
            {
                old++;
            }
        }
        if (old != map.Length)
        {
            throw new ArgumentException("the map is not ascending within the rows", nameof(map));
        }
        starts[rows] = Total;
        if (item is null)
        {
            return new(_items, starts);
        }
        var items = new T[Total];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = item(_items[i]);
        }
        return new(items, starts);
    }

    /// <summary>Fills rows whose sizes are known first: count every row, then add the items in the order they should keep.</summary>
    public sealed class Builder
    {
        private readonly int[] _starts;
        private readonly int[] _next;
        private readonly T[] _items;

        /// <summary><paramref name="counts"/>: how many items each row will get.</summary>
        public Builder(int[] counts)
        {
            _starts = new int[counts.Length + 1];
            for (var row = 0; row < counts.Length; row++)
            {
                _starts[row + 1] = _starts[row] + counts[row];
            }
            _next = _starts[..^1];
            _items = new T[_starts[^1]];
        }

        public void Add(int row, T item) => _items[_next[row]++] = item;

        /// <summary>The lists; every row must have got the count it was given.</summary>
        public RowLists<T> Build()
        {
            for (var row = 0; row < _next.Length; row++)
            {
                if (_next[row] != _starts[row + 1])
                {
                    throw new InvalidOperationException($"row {row} got {_next[row] - _starts[row]} items, not the {_starts[row + 1] - _starts[row]} it was counted for");
                }
            }
            return new(_items, _starts);
        }
    }
}
