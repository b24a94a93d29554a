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
}
