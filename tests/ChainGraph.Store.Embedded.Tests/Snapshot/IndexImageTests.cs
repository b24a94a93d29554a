using System.Buffers.Binary;
using ChainGraph.Import;
using ChainGraph.Server.Generate;
using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.Store.Embedded.Sqlite;
using ChainGraph.TestSupport;

namespace ChainGraph.Store.Embedded.Tests.Snapshot;

/// <summary>
/// The indexes read from an index image are the indexes a build gives, entry by entry; an index image that is not of
/// the snapshot's rows, or does not read, is not used, and the indexes are built instead. The store is large enough that
/// its sites and supplies are indexed side by side.
/// </summary>
public sealed class IndexImageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DbPath => _folder.File("cg.db");

    [Fact]
    public async Task Indexes_read_from_the_index_image_are_the_indexes_built()
    {
        var file = await Imported();
        var built = new GraphSnapshot(file.Load());
        var image = built.WriteIndexImage();
        Assert.NotNull(image);

        var read = Read(file, image.Value.ToArray());

        Assert.True(read.IndexesFromImage);
        Assert.False(built.IndexesFromImage);
        Assert.Equal(SnapshotText.Describe(built), SnapshotText.Describe(read));
        // and it writes the same image again
        Assert.True(image.Value.Span.SequenceEqual(read.WriteIndexImage()!.Value.Span));
    }

    [Theory]
    [InlineData("companies")]
    [InlineData("format")]
    [InlineData("truncated")]
    [InlineData("longer")]
    [InlineData("section")]
    public async Task An_index_image_of_other_rows_or_that_does_not_read_is_not_used(string damage)
    {
        var file = await Imported();
        var built = new GraphSnapshot(file.Load());
        var image = built.WriteIndexImage()!.Value.ToArray();
        image = damage switch
        {
            // the header: magic, format, then the counts of companies, sites, supplies, regions, segments, chains, projects
            "companies" => Patched(image, 8, BinaryPrimitives.ReadInt32LittleEndian(image.AsSpan(8)) + 1),
            "format" => Patched(image, 4, 99),
            "truncated" => image[..^4],
            "longer" => [.. image, 0, 0, 0, 0],
            // then the four sections' lengths: the first one longer, the second shorter by as much
            "section" => Patched(Patched(image, 36, BinaryPrimitives.ReadInt32LittleEndian(image.AsSpan(36)) + 4), 40, BinaryPrimitives.ReadInt32LittleEndian(image.AsSpan(40)) - 4),
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        };

        var read = Read(file, image);

        Assert.False(read.IndexesFromImage);
        Assert.Equal(SnapshotText.Describe(built), SnapshotText.Describe(read));
    }

    [Fact]
    public async Task A_snapshot_without_its_indexes_writes_no_index_image()
    {
        var file = await Imported();
        var deferred = new GraphSnapshot(file.Load(), deferIndexes: true);

        Assert.Null(deferred.WriteIndexImage());
        Assert.NotNull(deferred.EnsureIndexed().WriteIndexImage());
    }

    private static GraphSnapshot Read(SqliteGraphFile file, byte[] image)
    {
        var data = file.Load();
        Assert.True(file.LoadedFromImage, file.ImageProblem);
        data.IndexImage = image;
        var snapshot = new GraphSnapshot(data);
        Assert.Null(data.IndexImage); // read by the first snapshot only
        return snapshot;
    }

    private static byte[] Patched(byte[] image, int at, int value)
    {
        var copy = image.ToArray();
        BinaryPrimitives.WriteInt32LittleEndian(copy.AsSpan(at), value);
        return copy;
    }

    private async Task<SqliteGraphFile> Imported()
    {
        var data = _folder.File("data");
        new SyntheticDataSet(12_000, seed: 17).WriteTo(data);
        using (var store = EmbeddedGraphStore.Open(DbPath))
        {
            Assert.True((await DataSetImporter.RunAsync(data, store, false, true)).Succeeded);
        }
        return new SqliteGraphFile(DbPath);
    }

    public void Dispose() => _folder.Dispose();
}
