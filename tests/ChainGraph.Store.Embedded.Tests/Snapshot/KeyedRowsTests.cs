using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Tests.Snapshot;

public sealed class KeyedRowsTests
{
    private static Company Company(string id, string name = "公司") => new(id, name, null, null, CompanyTags.None, null);

    private static KeyedRows<Company> Listed(int count)
    {
        var rows = new KeyedRows<Company>(c => c.Id);
        rows.EnsureCapacity(count);
        for (var i = 0; i < count; i++)
        {
            rows.AddDistinct(Company($"c{i}"));
        }
        return rows;
    }

    [Fact]
    public void Listed_rows_are_counted_enumerated_in_order_and_found_by_id()
    {
        var rows = Listed(4);
        Assert.Equal(4, rows.Count);
        Assert.Equal(["c0", "c1", "c2", "c3"], rows.Values.Select(c => c.Id));
        Assert.True(rows.ContainsKey("c2"));
        Assert.False(rows.ContainsKey("C2"));
        Assert.True(rows.TryGetValue("c3", out var found));
        Assert.Equal("c3", found.Id);
        // looking an id up built the map: the rows and their order are as before
        Assert.Equal(4, rows.Count);
        Assert.Equal(["c0", "c1", "c2", "c3"], rows.Keys);
        Assert.Equal(["c0", "c1", "c2", "c3"], rows.Select(kv => kv.Value.Id));
    }

    [Fact]
    public void Setting_a_row_of_listed_rows_adds_or_replaces_it()
    {
        var rows = Listed(3);
        rows["c1"] = Company("c1", "改名");
        rows["new"] = Company("new");

        Assert.Equal(4, rows.Count);
        Assert.Equal("改名", rows["c1"].NameZh);
        Assert.Equal(["c0", "c1", "c2", "new"], rows.Values.Select(c => c.Id));
        Assert.Throws<KeyNotFoundException>(() => rows["missing"]);
    }

    [Fact]
    public void A_copy_of_listed_rows_does_not_see_later_changes_of_the_original()
    {
        var rows = Listed(2);
        var copy = new KeyedRows<Company>(rows);
        rows["c0"] = Company("c0", "改名");
        rows["c9"] = Company("c9");

        Assert.Equal(["c0", "c1"], copy.Keys);
        Assert.Equal("公司", copy["c0"].NameZh);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void Rows_set_from_the_start_are_a_map()
    {
        var rows = new KeyedRows<Company>(c => c.Id);
        rows["a"] = Company("a");
        rows["a"] = Company("a", "后来");
        rows.AddDistinct(Company("b"));

        Assert.Equal(2, rows.Count);
        Assert.Equal("后来", rows["a"].NameZh);
        Assert.Equal(["a", "b"], rows.Keys);
    }

    [Fact]
    public void Readers_racing_to_the_first_lookup_all_see_every_row()
    {
        var rows = Listed(20_000);
        var found = new int[8];
        Parallel.For(0, found.Length, t =>
        {
            for (var i = t; i < 20_000; i += 97)
            {
                if (rows.TryGetValue($"c{i}", out var company) && company.Id == $"c{i}")
                {
                    found[t]++;
                }
            }
        });

        for (var t = 0; t < found.Length; t++)
        {
            Assert.Equal(Enumerable.Range(0, 20_000).Count(i => i % 97 == t), found[t]);
        }
    }
}
