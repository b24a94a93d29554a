using System.Runtime.CompilerServices;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>
/// A growing UTF-8 text buffer, from the shared array pool or of its own, for the site key lists: fields escaped as the lists
/// escape them (a backslash, tab or newline inside a field is written <c>\\</c>, <c>\t</c>, <c>\n</c>), numbers in
/// their round-trip form. Cleared and reused from one list to the next; return a pooled one with <see cref="Dispose"/>.
/// </summary>
internal sealed class Utf8Text : IDisposable
{
    private readonly bool _pooled;
    private byte[] _bytes;
    private int _length;

    /// <summary>A buffer rented from the shared pool, for text that is handed on and then made again.</summary>
    public Utf8Text()
    {
        _pooled = true;
        _bytes = ArrayPool<byte>.Shared.Rent(64 * 1024);
    }

    /// <summary>
    /// A buffer of its own, starting at <paramref name="capacity"/> bytes, for text that is kept for a while (the pool
    /// would keep a buffer of hundreds of megabytes after it is returned).
    /// </summary>
    public Utf8Text(int capacity)
    {
        _pooled = false;
        _bytes = GC.AllocateUninitializedArray<byte>(Math.Max(capacity, 1024));
    }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, _length);

    public void Clear() => _length = 0;

    public Utf8Text Tab() => Byte((byte)'\t');

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Utf8Text Byte(byte value)
    {
        Room(1)[0] = value;
        _length++;
        return this;
    }

    public Utf8Text Bytes(ReadOnlySpan<byte> value)
    {
        value.CopyTo(Room(value.Length));
        _length += value.Length;
        return this;
    }

    /// <summary>A field, escaped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Utf8Text Field(string value)
    {
        if (value.AsSpan().IndexOfAny('\\', '\t', '\n') < 0)
        {
            _length += Encoding.UTF8.GetBytes(value, Room(Encoding.UTF8.GetMaxByteCount(value.Length)));
            return this;
        }
        var escaped = new StringBuilder(value.Length + 4);
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => escaped.Append("\\\\"),
                '\t' => escaped.Append("\\t"),
                '\n' => escaped.Append("\\n"),
                _ => escaped.Append(c),
            };
        }
        var text = escaped.ToString();
        _length += Encoding.UTF8.GetBytes(text, Room(Encoding.UTF8.GetMaxByteCount(text.Length)));
        return this;
    }

    /// <summary>A number as <c>ToString("R", InvariantCulture)</c> writes it (at most 24 characters for a double).</summary>
    public Utf8Text Number(double value)
    {
        if (!value.TryFormat(Room(64), out var written, "R", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"the number {value} did not fit in 64 bytes");
        }
        _length += written;
        return this;
    }

    public void Dispose()
    {
        if (_pooled)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
        }
        _bytes = [];
        _length = 0;
    }

    /// <summary>At least <paramref name="count"/> free bytes after the text, growing the buffer when needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Span<byte> Room(int count)
    {
        if (_bytes.Length - _length < count)
        {
            var size = (int)Math.Min(Array.MaxLength, Math.Max(_bytes.Length * 2L, (long)_length + count));
            var larger = _pooled ? ArrayPool<byte>.Shared.Rent(size) : GC.AllocateUninitializedArray<byte>(size);
            _bytes.AsSpan(0, _length).CopyTo(larger);
            if (_pooled)
            {
                ArrayPool<byte>.Shared.Return(_bytes);
            }
            _bytes = larger;
        }
        return _bytes.AsSpan(_length);
    }
}
