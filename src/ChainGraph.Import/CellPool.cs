using ChainGraph.Domain.Text;

namespace ChainGraph.Import;

/// <summary>
/// The pool of shared cells (ids, codes, references, sources) of the files read into one data set, so that the rows
/// referring to a key hold the same string instance as the row defining it. A pool made by <see cref="Layer"/> serves
/// one reader thread: it finds a value first in its base pool, which nobody writes while layers read it, and keeps
/// the values new to that base to itself.
/// </summary>
internal sealed class CellPool
{
    private readonly Dictionary<string, string> _own = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>? _frozen;

    public CellPool()
    {
    }

    private CellPool(Dictionary<string, string> frozen) => _frozen = frozen;

    /// <summary>A pool for one thread on top of this one; this pool must not be written while the layer is in use.</summary>
    public CellPool Layer() => new(_own);

    /// <summary>The pooled instance equal to <paramref name="value"/>.</summary>
    public string Share(string value) =>
        _frozen is not null && _frozen.TryGetValue(value, out var known) ? known : _own.Share(value);
}
