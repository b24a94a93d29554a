using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Tests.Snapshot;

public sealed class SupplySetTests
{
    [Fact]
    public void A_row_is_found_and_replaced_by_its_key()
    {
        var set = new SupplySet();
        set.Set(new Supply("a", "b", "seg", "first source"));
        set.Set(new Supply("a", "b", "seg", "second source", SupplyConfidence.Verified));
        set.Set(new Supply("a", "b", null, "no segment"));

        Assert.Equal(2, set.Count);
        Assert.True(set.Contains(new SupplyKey("a", "b", "seg")));
        Assert.True(set.Contains(new SupplyKey("a", "b", null)));
        Assert.False(set.Contains(new SupplyKey("b", "a", "seg")));
        Assert.False(set.Contains(new SupplyKey("a", "b", "SEG")));
        var replaced = Assert.Single(set, s => s.SegmentId == "seg");
        Assert.Equal(("second source", SupplyConfidence.Verified), (replaced.Source, replaced.Confidence));
    }

    [Fact]
    public void A_copy_does_not_see_later_changes_of_the_original()
    {
        var set = new SupplySet();
        set.Set(new Supply("a", "b", null, null));
        var copy = new SupplySet(set);
        Assert.True(set.Remove(new SupplyKey("a", "b", null)));
        Assert.False(set.Remove(new SupplyKey("a", "b", null)));
        set.Set(new Supply("c", "d", null, null));

        Assert.Equal(["a->b"], copy.Select(s => s.Key.ToString()));
        Assert.Equal(["c->d"], set.Select(s => s.Key.ToString()));
    }

    private static SupplySet Listed(int count)
    {
        var set = new SupplySet();
        set.EnsureCapacity(count);
        for (var i = 0; i < count; i++)
        {
            set.AddDistinct(new Supply($"s{i}", $"c{i % 7}", i % 2 == 0 ? "seg" : null, null));
        }
        return set;
    }

    [Fact]
    public void Rows_added_as_distinct_are_counted_enumerated_in_order_and_found_by_key()
    {
        var set = Listed(5);
        Assert.Equal(5, set.Count);
        Assert.Equal(["s0->c0", "s1->c1", "s2->c2", "s3->c3", "s4->c4"], set.Select(s => $"{s.SupplierId}->{s.CustomerId}"));
        Assert.True(set.Contains(new SupplyKey("s2", "c2", "seg")));
        Assert.False(set.Contains(new SupplyKey("s2", "c2", null)));
        // looking a key up built the set by key: the rows and their order are as before
        Assert.Equal(5, set.Count);
        Assert.Equal(["s0", "s1", "s2", "s3", "s4"], set.Select(s => s.SupplierId));
    }

    [Fact]
    public void Changing_listed_rows_replaces_removes_and_adds_by_key()
    {
        var set = Listed(3);
        set.Set(new Supply("s1", "c1", null, "replaced"));
        Assert.True(set.Remove(new SupplyKey("s0", "c0", "seg")));
        set.AddDistinct(new Supply("s9", "c9", null, null));

        Assert.Equal(3, set.Count);
        Assert.Equal(["s1:replaced", "s2:", "s9:"], set.Select(s => $"{s.SupplierId}:{s.Source}").Order(StringComparer.Ordinal));
        Assert.False(set.Contains(new SupplyKey("s0", "c0", "seg")));
    }

    [Fact]
    public void A_copy_of_listed_rows_is_a_set_of_its_own()
    {
        var set = Listed(3);
        var copy = new SupplySet(set);
        copy.Set(new Supply("s0", "c0", "seg", "changed in the copy"));
        copy.Set(new Supply("new", "c0", null, null));

        Assert.Equal(4, copy.Count);
        Assert.Equal(3, set.Count);
        Assert.All(set, s => Assert.Null(s.Source));
        Assert.Equal("changed in the copy", Assert.Single(copy, s => s.SupplierId == "s0").Source);
    }

    [Fact]
    public void Readers_looking_up_keys_at_once_all_see_every_listed_row()
    {
        var set = Listed(20_000);
        var found = new int[8];
        Parallel.For(0, found.Length, reader =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                if (set.Contains(new SupplyKey($"s{i}", $"c{i % 7}", i % 2 == 0 ? "seg" : null)))
                {
                    found[reader]++;
                }
            }
        });
        Assert.All(found, n => Assert.Equal(20_000, n));
        Assert.Equal(20_000, set.Count);
    }
}
