using System.Buffers.Binary;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>
/// Reads the values <see cref="BinaryWriter"/> wrote into a graph image (7-bit encoded integers, little-endian numbers,
/// decimals as four 32-bit parts) straight from the image buffer. A <see cref="BinaryReader"/> over a stream made a
/// virtual call per byte; at a million companies the image holds about 60 million values. Reading past
/// <c>end</c> throws <see cref="EndOfStreamException"/>, a malformed value <see cref="FormatException"/> or
/// <see cref="ArgumentException"/>, as the reader it replaces did.
/// </summary>
internal sealed class ImageBytes(byte[] image, int start, int end)
{
    public ImageBytes(byte[] image, int start)
        : this(image, start, image.Length)
    {
    }

    public byte[] Image => image;

    /// <summary>Where the next value starts.</summary>
    public int Position { get; private set; } = start;

    public byte ReadByte()
    {
        if (Position >= end)
        {
            throw new EndOfStreamException("the graph image ends inside a value");
        }
        return image[Position++];
    }

    public bool ReadBoolean() => ReadByte() != 0;

    /// <summary>An integer as <see cref="BinaryWriter.Write7BitEncodedInt"/> writes it: seven bits a byte, low bits first.</summary>
    public int Read7BitEncodedInt()
    {
        var result = 0u;
        for (var shift = 0; shift < 28; shift += 7)
        {
            var part = ReadByte();
            result |= (part & 0x7Fu) << shift;
            if (part < 0x80)
            {
                return (int)result;
            }
        }
        var last = ReadByte();
        if (last > 0b1111)
        {
            throw new FormatException("a 7-bit encoded integer of the graph image is too large");
        }
        return (int)(result | ((uint)last << 28));
    }

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    public decimal ReadDecimal()
    {
        var bytes = Take(16);
        ReadOnlySpan<int> bits =
        [
            BinaryPrimitives.ReadInt32LittleEndian(bytes),
            BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]),
            BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]),
            BinaryPrimitives.ReadInt32LittleEndian(bytes[12..]),
        ];
        return new decimal(bits);
    }

    /// <summary>A text as <see cref="BinaryWriter.Write(string)"/> writes it: its UTF-8 length, 7-bit encoded, then the bytes.</summary>
    public string ReadUtf8() => System.Text.Encoding.UTF8.GetString(Take(Read7BitEncodedInt()));

    /// <summary>Skips <paramref name="count"/> bytes (a string's, decoded by the caller from <see cref="Image"/>).</summary>
    public void Skip(int count) => Take(count);

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || end - Position < count)
        {
            throw new EndOfStreamException("the graph image ends inside a value");
        }
        var span = new ReadOnlySpan<byte>(image, Position, count);
        Position += count;
        return span;
    }
}
