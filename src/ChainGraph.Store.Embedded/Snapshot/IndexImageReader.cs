using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// Reads back what <see cref="IndexImageWriter"/> wrote. Every read checks that the values are inside the image and
/// that counts are not negative, and throws <see cref="InvalidDataException"/> otherwise: an index image that does not
/// read is not used (the indexes are built from the rows instead).
/// </summary>
internal sealed class IndexImageReader(byte[] image, int start, int end)
{
    private int _position = start;

    /// <summary>Where the next value starts.</summary>
    public int Position => _position;

    /// <summary>Throws unless every byte up to the end has been read.</summary>
    public void RequireEnd()
    {
        if (_position != end)
        {
            throw new InvalidDataException("the index image holds more than its sections");
        }
    }

    public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    /// <summary>A count, which must be at least zero and at most <paramref name="most"/>.</summary>
    public int Count(long most)
    {
        var count = Int();
        if (count < 0 || count > most)
        {
            throw new InvalidDataException($"the index image holds a count of {count} where at most {most} fit");
        }
        return count;
    }

    /// <summary><paramref name="count"/> values.</summary>
    public T[] Values<T>(int count)
        where T : unmanaged
    {
        var size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        if (count < 0 || (long)count * size > end - _position)
        {
            throw new InvalidDataException("the index image ends inside an array");
        }
        // not zeroed first: every element is copied over
        var values = GC.AllocateUninitializedArray<T>(count);
        Take(count * size).CopyTo(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <summary>A count, then that many values.</summary>
    public T[] Counted<T>(long most)
        where T : unmanaged => Values<T>(Count(most));

    /// <summary>Lists of <paramref name="rows"/> rows, as <see cref="IndexImageWriter.Lists{T}"/> wrote them.</summary>
    public RowLists<T> Lists<T>(int rows)
        where T : unmanaged
    {
        var starts = Values<int>(rows + 1);
        var items = Counted<T>(int.MaxValue);
        if (starts[0] != 0 || starts[^1] != items.Length)
        {
            throw new InvalidDataException("the index image's list starts do not match its items");
        }
        for (var row = 0; row < rows; row++)
        {
            if (starts[row + 1] < starts[row])
            {
                throw new InvalidDataException("the index image's list starts go backwards");
            }
        }
        return RowLists<T>.Of(items, starts);
    }

    private ReadOnlySpan<byte> Take(int bytes)
    {
        if (bytes > end - _position)
        {
            throw new InvalidDataException("the index image ends inside a value");
        }
        var span = image.AsSpan(_position, bytes);
        _position += bytes;
        return span;
    }
}
