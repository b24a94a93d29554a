using System.Text;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Tests.Snapshot;

/// <summary>
/// The per-region aggregates made from ranges of companies side by side and merged are those one pass over every company
/// makes: local sites and companies in order, presence counts, local anchors with their leaf segments, projects.
/// </summary>
public sealed class RegionAggregatesTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Aggregates_counted_in_parts_are_those_of_one_pass(int parts)
    {
        var snapshot = SyntheticSnapshot.Of(3_000, seed: 8);
        var onePass = Describe(snapshot.BuildRegionAggregates(null, 1));
        Assert.Contains("<", onePass, StringComparison.Ordinal); // the data set has local anchors to merge

        Assert.Equal(onePass, Describe(snapshot.BuildRegionAggregates(null, parts)));
        // and for some regions only, as the scoped reader asks
        var some = snapshot.Regions.Where((_, i) => i % 3 == 0).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(Describe(snapshot.BuildRegionAggregates(some, 1)), Describe(snapshot.BuildRegionAggregates(some, parts)));
    }

    private static string Describe(RegionAggregate[] regions)
    {
        var text = new StringBuilder();
        foreach (var region in regions)
        {
            SnapshotText.Describe(text, region);
        }
        return text.ToString();
    }
}
