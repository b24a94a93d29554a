using System.Buffers.Binary;
using System.Text;
using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.Store.Embedded.Sqlite.Codecs;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>
/// A compact binary copy of every row, written in the same transaction as the rows themselves, so that
/// opening a store reads one blob instead of hundreds of thousands of rows. Every string rows share (ids
/// referred to, codes, sources) is stored once in a table and referred to by number; a text that belongs to one
/// row (a name, a site's id) is written in place (<see cref="ImageInlineColumns"/>, since format 6). The rows stay
/// the truth: a store without a current image (written by an older version, or edited by hand) is loaded from its rows.
/// </summary>
internal static class GraphImage
{
    private const int Magic = 0x4D494743; // "CGIM"
    private const int FormatVersion = 6;

    /// <summary>
    /// The image of <paramref name="s"/>, in a buffer of exactly its size (no copy of it is made to return it). With
    /// <paramref name="keepSupplyEnds"/> (only for a snapshot whose indexes are deferred, which nothing builds meanwhile),
    /// the supplies' company numbers the image holds are left in its rows' <see cref="GraphData.SupplyEnds"/>, for its
    /// index build when a question or an index image asks for it.
    /// </summary>
    public static ReadOnlyMemory<byte> Write(GraphSnapshot s, bool keepSupplyEnds = false)
    {
        // Sized up front from the row counts (the table holds the company ids and the few values rows share; a company
        // record with its names in place takes about 160 bytes, a site's 96, a project's 80, a supply's 8): no rehashing,
        // and no doubling copies of tens of megabytes, while the image is written.
        var strings = new Dictionary<string, int>(s.Companies.Length + 4096, StringComparer.Ordinal);
        // The company ids come first, in id order: a string number below the company count is then the company's number
        // in a snapshot (see SupplyImage).
        foreach (var company in s.Companies)
        {
            strings.Add(company.Id, strings.Count);
        }
        using var bodyStream = new MemoryStream((s.Companies.Length * 160) + (s.Sites.Length * 96) + (s.Projects.Length * 80) + 4096);
        using var suppliesStream = new MemoryStream((s.Data.Supplies.Count * 8) + 4096);
        using (var body = new BinaryWriter(bodyStream, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var table in EntityTables.Main)
            {
                table.WriteImage(body, strings, s);
            }
        }
        // Supplies go in a section of their own, so that reading can parse it beside the rest.
        using (var body = new BinaryWriter(suppliesStream, Encoding.UTF8, leaveOpen: true))
        {
            var ends = SupplyImage.Write(body, strings, s.Data.Supplies);
            if (keepSupplyEnds)
            {
                s.Data.SupplyEnds = ends;
            }
        }

        var ordered = new string[strings.Count];
        var lengths = new int[strings.Count];
        long stringBytes = 0;
        foreach (var (value, index) in strings)
        {
            ordered[index] = value;
            var length = lengths[index] = Encoding.UTF8.GetByteCount(value);
            stringBytes += length + SevenBitBytes(length);
        }
        // magic, format, company count, string count, the strings (each as BinaryWriter writes one: its UTF-8 length,
        // 7-bit encoded, then the bytes), the body's length, the body, the supplies: sized exactly and encoded straight
        // into the one buffer that is the image
        var size = 4 + 4 + SevenBitBytes(s.Companies.Length) + SevenBitBytes(strings.Count) + stringBytes + 8 + bodyStream.Length + suppliesStream.Length;
        var image = new byte[checked((int)size)];
        BinaryPrimitives.WriteInt32LittleEndian(image, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(image.AsSpan(4), FormatVersion);
        var at = 8;
        at += Write7Bit(image.AsSpan(at), s.Companies.Length);
        at += Write7Bit(image.AsSpan(at), strings.Count);
        for (var i = 0; i < ordered.Length; i++)
        {
            at += Write7Bit(image.AsSpan(at), lengths[i]);
            at += Encoding.UTF8.GetBytes(ordered[i], image.AsSpan(at, lengths[i]));
        }
        BinaryPrimitives.WriteInt64LittleEndian(image.AsSpan(at), bodyStream.Length);
        at += 8;
        foreach (var section in new[] { bodyStream, suppliesStream })
        {
            section.GetBuffer().AsSpan(0, checked((int)section.Length)).CopyTo(image.AsSpan(at));
            at += (int)section.Length;
        }
        if (at != image.Length)
        {
            throw new InvalidOperationException($"graph image sized {image.Length} bytes but written {at}");
        }
        return image;
    }

    /// <summary>Writes <paramref name="value"/> 7-bit encoded as <see cref="BinaryWriter.Write7BitEncodedInt"/> does; returns the bytes written.</summary>
    private static int Write7Bit(Span<byte> into, int value)
    {
        var v = (uint)value;
        var n = 0;
        for (; v >= 0x80; v >>= 7)
        {
            into[n++] = (byte)(v | 0x80);
        }
        into[n++] = (byte)v;
        return n;
    }

    /// <summary>How many bytes a 7-bit encoded <paramref name="value"/> takes.</summary>
    private static int SevenBitBytes(int value)
    {
        var bytes = 1;
        for (var v = (uint)value; v >= 0x80; v >>= 7)
        {
            bytes++;
        }
        return bytes;
    }

    /// <summary>Reads an image back; null when it is not an image of this format.</summary>
    public static GraphData? Read(byte[] image)
    {
        var header = new ImageBytes(image, 0);
        if (image.Length < 8 || header.ReadInt32() != Magic || header.ReadInt32() != FormatVersion)
        {
            return null;
        }
        var companies = header.Read7BitEncodedInt();
        var strings = new string[header.Read7BitEncodedInt()];
        if (companies > strings.Length)
        {
            throw new InvalidDataException("the image counts more companies than strings");
        }
        var stringsEnd = ReadStrings(image, header.Position, strings);
        var lengthField = new ImageBytes(image, stringsEnd);
        var mainLength = lengthField.ReadInt64();
        var mainStart = lengthField.Position;
        if (mainLength < 0 || mainLength > image.Length - mainStart)
        {
            throw new InvalidDataException("the image's main section is longer than the image");
        }
        var mainEnd = mainStart + (int)mainLength;
        var d = new GraphData();
        // The supplies section is parsed beside the rest: each side fills its own dictionaries.
        Parallel.Invoke(
            () => ReadMain(new ImageBytes(image, mainStart, mainEnd), strings, d),
            () => d.SupplyEnds = SupplyImage.Read(new ImageBytes(image, mainEnd), strings, companies, d.Supplies));
        return d;
    }

    /// <summary>
    /// Decodes the string table starting at <paramref name="start"/> (each string as <see cref="BinaryWriter"/> writes it:
    /// its UTF-8 length, 7-bit encoded, then the bytes) into <paramref name="strings"/>; returns where the table ends.
    /// A first pass over the lengths finds where the second half starts, then the halves are decoded side by side
    /// (7 million strings at a million companies).
    /// </summary>
    private static int ReadStrings(byte[] image, int start, string[] strings)
    {
        var half = strings.Length / 2;
        var lengths = new ImageBytes(image, start);
        for (var i = 0; i < half; i++)
        {
            lengths.Skip(lengths.Read7BitEncodedInt());
        }
        var middle = lengths.Position;
        var end = 0;
        Parallel.Invoke(
            () => Decode(new ImageBytes(image, start), strings, 0, half),
            () => end = Decode(new ImageBytes(image, middle), strings, half, strings.Length));
        return end;
    }

    private static int Decode(ImageBytes reader, string[] strings, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var length = reader.Read7BitEncodedInt();
            var at = reader.Position;
            reader.Skip(length);
            strings[i] = Encoding.UTF8.GetString(reader.Image, at, length);
        }
        return reader.Position;
    }

    private static void ReadMain(ImageBytes reader, string[] strings, GraphData d)
    {
        foreach (var table in EntityTables.Main)
        {
            table.ReadImage(reader, strings, d);
        }
    }
}
