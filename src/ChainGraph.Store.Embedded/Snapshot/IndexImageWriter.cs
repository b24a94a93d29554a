using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// Writes the values of a snapshot's index image (<see cref="GraphSnapshot.WriteIndexImage"/>): 32-bit integers and
/// whole arrays of them, little-endian, into one growing buffer. Arrays go in as their bytes, so that reading them
/// back is a copy, not a parse.
/// </summary>
internal sealed class IndexImageWriter(int capacity)
{
    private byte[] _buffer = GC.AllocateUninitializedArray<byte>(Math.Max(capacity, 64));
    private int _length;

    public void Int(int value) => BinaryPrimitives.WriteInt32LittleEndian(Room(4), value);

    /// <summary>Overwrites the integer written at <paramref name="position"/> (a length known only later).</summary>
    public void IntAt(int position, int value) => BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(position, 4), value);

    /// <summary>The values without their count (the reader knows it).</summary>
    public void Values<T>(ReadOnlySpan<T> values)
        where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(values);
        bytes.CopyTo(Room(bytes.Length));
    }

    /// <summary>The count, then the values.</summary>
    public void Counted<T>(ReadOnlySpan<T> values)
        where T : unmanaged
    {
        Int(values.Length);
        Values(values);
    }

    /// <summary>The lists' starts (one more than the rows) and every item.</summary>
    public void Lists<T>(RowLists<T> lists)
        where T : unmanaged
    {
        Values(lists.Starts);
        Counted(lists.AllItems);
    }

    /// <summary>How many bytes are written.</summary>
    public int Length => _length;

    /// <summary>The bytes written, over the writer's own buffer (no copy).</summary>
    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, _length);

    private Span<byte> Room(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            // a quarter more: the buffer is sized from the arrays it will hold, and misses only by the small entries
            Array.Resize(ref _buffer, (int)Math.Min(Array.MaxLength, Math.Max(_buffer.Length + (_buffer.Length / 4), (long)_length + bytes)));
        }
        var room = _buffer.AsSpan(_length, bytes);
        _length += bytes;
        return room;
    }
}
