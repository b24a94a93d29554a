using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Tests.Snapshot;

public sealed class RowListsTests
{
    [Fact]
    public void Rows_keep_their_items_in_the_order_added()
    {
        var builder = new RowLists<int>.Builder([2, 0, 3]);
        builder.Add(2, 30);
        builder.Add(0, 10);
        builder.Add(2, 31);
        builder.Add(0, 11);
        builder.Add(2, 32);
        var lists = builder.Build();

        Assert.Equal(3, lists.Count);
        Assert.Equal(5, lists.Total);
        Assert.Equal([10, 11], lists[0].ToArray());
        Assert.Empty(lists[1].ToArray());
        Assert.Equal([30, 31, 32], lists[2].ToArray());
    }

    [Fact]
    public void Packing_keeps_what_each_row_keeps_and_nothing_between_the_rows()
    {
        var builder = new RowLists<int>.Builder([3, 1, 0, 4]);
        foreach (var (row, item) in new[] { (0, 5), (0, 5), (0, 1), (1, 7), (3, 9), (3, 2), (3, 9), (3, 2) })
        {
            builder.Add(row, item);
        }
        var packed = builder.Build().Packed(row =>
        {
            row.Sort();
            var w = row.Length == 0 ? 0 : 1;
            for (var r = 1; r < row.Length; r++)
            {
                if (row[r] != row[w - 1])
                {
                    row[w++] = row[r];
                }
            }
            return w;
        });

        Assert.Equal(5, packed.Total);
        Assert.Equal([1, 5], packed[0].ToArray());
        Assert.Equal([7], packed[1].ToArray());
        Assert.Empty(packed[2].ToArray());
        Assert.Equal([2, 9], packed[3].ToArray());
    }

    [Fact]
    public void A_row_that_did_not_get_its_count_is_an_error_not_a_silent_gap()
    {
        var builder = new RowLists<string>.Builder([1, 2]);
        builder.Add(0, "a");
        builder.Add(1, "b");
        var e = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("row 1 got 1 items, not the 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Renumbered_rows_move_with_their_items_and_new_rows_are_empty()
    {
        var builder = new RowLists<int>.Builder([2, 0, 1]);
        builder.Add(0, 2);
        builder.Add(0, 0);
        builder.Add(2, 1);
        var lists = builder.Build();

        // rows 0, 1, 2 become 1, 2, 4; rows 0 and 3 are new; the items are row numbers, mapped the same way
        int[] map = [1, 2, 4];
        var renumbered = lists.Renumbered(map, 5, i => map[i]);

        Assert.Equal(5, renumbered.Count);
        Assert.Empty(renumbered[0].ToArray());
        Assert.Equal([4, 1], renumbered[1].ToArray());
        Assert.Empty(renumbered[2].ToArray());
        Assert.Empty(renumbered[3].ToArray());
        Assert.Equal([2], renumbered[4].ToArray());
        // without an item map the items are shared, as they are
        Assert.Equal([2, 0], lists.Renumbered(map, 5)[1].ToArray());
        Assert.Throws<ArgumentException>(() => lists.Renumbered([1, 2], 5));
        Assert.Throws<ArgumentException>(() => lists.Renumbered([2, 1, 4], 5));
    }
}
