using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Tests.Snapshot;

/// <summary>
/// A snapshot runs a given piece of work (a commit's graph image) beside its index build: the work sees every row
/// in key order, the snapshot is returned only once it is done, and what it throws is what the constructor throws.
/// </summary>
public sealed class SnapshotAlongsideTests
{
    [Fact]
    public void The_work_beside_the_indexes_sees_the_rows_in_key_order_and_is_done_when_the_snapshot_is()
    {
        var data = Data(3_000);
        string[]? seen = null;
        var done = false;

        var snapshot = new GraphSnapshot(data, alongside: s =>
        {
            Thread.Sleep(50);
            seen = [.. s.Companies.Select(c => c.Id), .. s.Sites.Select(t => t.Id)];
            done = true;
        });

        Assert.True(done);
        Assert.Equal(snapshot.Companies.Select(c => c.Id).Concat(snapshot.Sites.Select(t => t.Id)), seen);
        Assert.Equal(3_000, snapshot.Companies.Length);
        Assert.Equal(3_000, snapshot.Sites.Length);
    }

    [Fact]
    public void What_the_work_throws_is_what_the_constructor_throws()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new GraphSnapshot(Data(10), alongside: _ => throw new InvalidOperationException("image too large")));

        Assert.Equal("image too large", e.Message);
    }

    [Fact]
    public void An_index_build_that_fails_is_reported_after_the_work_has_finished()
    {
        var data = Data(10);
        // a site of a company that does not exist: the index build fails
        data.Sites["s-orphan"] = new Site("s-orphan", "c-none", null, "R1", 23, 113, default, ["g1"]);
        var finished = false;

        Assert.Throws<KeyNotFoundException>(() => new GraphSnapshot(data, alongside: _ =>
        {
            Thread.Sleep(100);
            finished = true;
        }));

        Assert.True(finished);
    }

    private static GraphData Data(int companies)
    {
        var data = new GraphData();
        data.Chains["ch"] = new Chain("ch", "储能", null);
        data.Regions["R1"] = new Region("R1", "肇庆市", null, RegionLevel.City, null, 23, 112);
        data.Segments["g1"] = new Segment("g1", "ch", "电芯", null, SegmentCategory.Cells, null);
        for (var i = companies - 1; i >= 0; i--)
        {
            var id = $"c{i:D5}";
            data.Companies[id] = new Company(id, "企业" + i, null, null, CompanyTags.None, null);
            data.Sites["s" + id] = new Site("s" + id, id, null, "R1", 23, 112, default, ["g1"]);
        }
        return data;
    }
}
