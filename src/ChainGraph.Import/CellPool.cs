using System.Runtime.CompilerServices;
namespace ChainGraph.Import;

/// <summary>
/// The pool of shared cells (ids, codes, references, sources) of the files read into one data set, so that the rows
/// referring to a key hold the same string instance as the row defining it. A pool made by <see cref="Layer"/> serves
/// one reader thread: it finds a value first in its base pool, which nobody writes while layers read it, and keeps
/// the values new to that base to itself. Cells are looked up as spans of the file's text: a string is made only for
/// a value the pool does not hold yet.
/// </summary>
internal sealed class CellPool
{
    private readonly Dictionary<string, string> _own = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _ownBySpan;
    private readonly Dictionary<string, string>? _frozen;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _frozenBySpan;

    public CellPool()
    {
        _ownBySpan = _own.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private CellPool(Dictionary<string, string> frozen)
        : this()
    {
        _frozen = frozen;
        _frozenBySpan = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A pool for one thread on top of this one; this pool must not be written while the layer is in use.</summary>
    public CellPool Layer() => new(_own);

    /// <summary>The pooled instance equal to <paramref name="value"/>, made and added when the pool has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Share(ReadOnlySpan<char> value)
    {
        if (_frozen is not null && _frozenBySpan.TryGetValue(value, out var known))
        {
            return known;
        }
        if (_ownBySpan.TryGetValue(value, out var own))
        {
            return own;
        }
        var made = value.ToString();
        _own.Add(made, made);
        return made;
    }
}
