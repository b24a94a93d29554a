using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Tests.Snapshot;

/// <summary>
/// A snapshot numbers companies and sites in id order (code point order) whatever order its rows come in: in order
/// (loaded from a file), in order with new rows after them (a write), or in no order (rows read by scope).
/// </summary>
public sealed class SnapshotOrderTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(500)]
    [InlineData(2_000)]
    public void Companies_are_in_id_order_after_rows_added_out_of_order(int added)
    {
        var random = new Random(added + 1);
        // ids with characters on both sides of the surrogates, whose UTF-16 order is not their code point order
        string[] tails = ["", "a", "中", "\uFF21", "😀", "z"];
        var ids = Enumerable.Range(0, 2_000).Select(i => $"c{random.Next(5_000):D4}{tails[random.Next(tails.Length)]}").Distinct().ToList();
        var ordered = ids.Take(ids.Count - Math.Min(added, ids.Count - 1)).Order(Ids.Comparer).ToList();
        var after = ids.Skip(ordered.Count).OrderBy(_ => random.Next()).ToList();
        var data = new GraphData();
        foreach (var id in ordered.Concat(after))
        {
            data.Companies[id] = new Company(id, "企业", null, null, CompanyTags.None, null);
        }

        var snapshot = new GraphSnapshot(data);

        Assert.Equal(ids.Order(Ids.Comparer), snapshot.Companies.Select(c => c.Id));
        Assert.All(snapshot.Companies.Select((c, i) => (c, i)), x => Assert.Equal(x.i, snapshot.CompanyIndex[x.c.Id]));
    }
}
