using System.Runtime;
using ChainGraph.Server.Hosting;
using ChainGraph.TestSupport;

namespace ChainGraph.Server.Tests.Hosting;

/// <summary>
/// The collector scopes are process-wide: these tests run alone, so that no other test's allocations spend the
/// region's budget (which ends it) or start a region of their own.
/// </summary>
[Collection(Name)]
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StoreLoadGcScopeTests
{
    private const string Name = "process-wide collector scopes";

    [Fact]
    public void A_question_over_a_large_store_is_answered_without_a_collection_and_the_collector_is_back_after_it()
    {
        using var folder = new TempFolder();
        var store = StoreFile(folder, 16L * 1024 * 1024);
        var kept = new List<byte[]>();

        using (StoreLoadGcScope.ForQuestion(store))
        {
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            // (entering the region is itself one collection)
            var before = GC.CollectionCount(0);
            // arrays of the large object heap, as a question's indexes are: each few megabytes used to start a full collection
            for (var i = 0; i < 8; i++)
            {
                kept.Add(new byte[1024 * 1024]);
            }
            Assert.Equal(before, GC.CollectionCount(0));
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        Assert.Equal(8, kept.Count);
    }

    [Fact]
    public void A_question_over_a_small_store_leaves_the_collector_as_it_is()
    {
        using var folder = new TempFolder();
        var store = StoreFile(folder, 1024 * 1024);
        var mode = GCSettings.LatencyMode;

        using (StoreLoadGcScope.ForQuestion(store))
        {
            Assert.Equal(mode, GCSettings.LatencyMode);
        }
    }

    [Fact]
    public void A_missing_store_file_starts_no_region()
    {
        using var folder = new TempFolder();

        using (StoreLoadGcScope.ForQuestion(Path.Combine(folder.Path, "none.db")))
        {
            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
    }

    /// <summary>A file of the given size (sparse: the scope looks only at the size).</summary>
    private static string StoreFile(TempFolder folder, long bytes)
    {
        var path = Path.Combine(folder.Path, "store.db");
        using var file = File.Create(path);
        file.SetLength(bytes);
        return path;
    }
}
