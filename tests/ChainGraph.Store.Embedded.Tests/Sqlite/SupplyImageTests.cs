using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.Store.Embedded.Sqlite;
using ChainGraph.Store.Embedded.Sqlite.Codecs;
using ChainGraph.Store.Embedded.Tests.Snapshot;

namespace ChainGraph.Store.Embedded.Tests.Sqlite;

/// <summary>
/// The graph image's supplies section is written by its own loop, which keeps the supplies' company numbers: it must
/// give the bytes (and string numbers) the supplies codec gives through the image's field writer, which the reader reads.
/// </summary>
public sealed class SupplyImageTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_section_is_the_codec_s_and_its_ends_are_the_companies_numbers(int seed)
    {
        var snapshot = SyntheticSnapshot.Of(900, seed);
        Assert.True(snapshot.Data.Supplies.Count > 100);

        var (byCodec, codecStrings) = Section(snapshot, (body, strings) => EntityTables.Supplies.WriteImage(body, strings, snapshot));
        int[] ends = [];
        var (byLoop, loopStrings) = Section(snapshot, (body, strings) => ends = SupplyImage.Write(body, strings, snapshot.Data.Supplies));

        Assert.Equal(byCodec, byLoop);
        Assert.Equal(codecStrings, loopStrings);
        var k = 0;
        foreach (var supply in snapshot.Data.Supplies)
        {
            Assert.Equal(snapshot.CompanyIndex[supply.SupplierId], ends[2 * k]);
            Assert.Equal(snapshot.CompanyIndex[supply.CustomerId], ends[(2 * k) + 1]);
            k++;
        }
    }

    /// <summary>The section's bytes and the string table after it, the table starting with the company ids as the image's does.</summary>
    private static (byte[] Bytes, KeyValuePair<string, int>[] Strings) Section(GraphSnapshot snapshot, Action<BinaryWriter, Dictionary<string, int>> write)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in snapshot.CompanyIds)
        {
            strings.Add(id, strings.Count);
        }
        using var stream = new MemoryStream();
        using (var body = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            write(body, strings);
        }
        return (stream.ToArray(), strings.OrderBy(s => s.Value).ToArray());
    }
}
