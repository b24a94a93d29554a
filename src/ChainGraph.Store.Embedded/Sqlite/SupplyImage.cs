using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>
/// Reads the graph image's supplies section, written through <see cref="Codecs.SupplyCodec"/> (a count, then per row the
/// supplier, customer and segment as string numbers, the source as its string number plus one or 0, the confidence as
/// a byte), and keeps each row's supplier and customer string numbers beside it. The image's first strings are the
/// company ids in id order, so those numbers are the companies' numbers in a snapshot built from the rows: indexing the
/// supplies then needs no lookup by id (ten million at a million companies). The image round-trip tests read every
/// field back against the rows.
/// </summary>
internal static class SupplyImage
{
    /// <summary>
    /// Adds the section's rows to <paramref name="into"/> in their order and returns their ends: for row <c>i</c>, the
    /// supplier's number at <c>2i</c> and the customer's at <c>2i + 1</c>.
    /// </summary>
    public static int[] Read(Codecs.ImageBytes body, string[] strings, int companies, SupplySet into)
    {
        var count = body.Read7BitEncodedInt();
        into.EnsureCapacity(count);
        var ends = new int[checked(count * 2)];
        for (var i = 0; i < count; i++)
        {
            var supplier = body.Read7BitEncodedInt();
            var customer = body.Read7BitEncodedInt();
            if ((uint)supplier >= (uint)companies || (uint)customer >= (uint)companies)
            {
                throw new InvalidDataException("a supply of the image names a string that is not a company id");
            }
            var segment = strings[body.Read7BitEncodedInt()];
            var source = body.Read7BitEncodedInt();
            var confidence = body.ReadByte();
            if (confidence > (byte)SupplyConfidence.Unverified)
            {
                throw new InvalidDataException($"a supply of the image has an unknown confidence {confidence}");
            }
            into.AddDistinct(new Supply(
                strings[supplier],
                strings[customer],
                segment.Length > 0 ? segment : null,
                source == 0 ? null : strings[source - 1],
                (SupplyConfidence)confidence));
            ends[2 * i] = supplier;
            ends[(2 * i) + 1] = customer;
        }
        return ends;
    }
}
