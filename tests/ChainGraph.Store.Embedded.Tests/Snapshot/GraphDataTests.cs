using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Tests.Snapshot;

/// <summary>
/// Applying a change set makes a new graph that shares the tables the change does not write and leaves the graph it
/// was made from as it was.
/// </summary>
public sealed class GraphDataTests
{
    private static GraphData Base()
    {
        var data = new GraphData().With(new ChangeSet
        {
            Companies = [new Company("a", "甲", null, null, CompanyTags.None, null), new Company("b", "乙", null, null, CompanyTags.None, null)],
            Sites = [new Site("a-1", "a", null, "r", 30, 110, SiteKind.Plant, ["s"])],
            Supplies = [new Supply("a", "b", null, null, SupplyConfidence.Reported)],
            Anchors = [new Anchor("a", "chain", null)],
        });
        return data;
    }

    [Fact]
    public void A_write_of_one_company_shares_the_sites_and_supplies_and_copies_the_companies()
    {
        var before = Base();
        var after = before.With(new ChangeSet { Companies = [new Company("c", "丙", null, null, CompanyTags.None, null)] });

        Assert.Same(before.Sites, after.Sites);
        Assert.Same(before.Supplies, after.Supplies);
        Assert.Same(before.Anchors, after.Anchors);
        Assert.NotSame(before.Companies, after.Companies);
        Assert.Equal(["a", "b"], before.Companies.Keys.Order());
        Assert.Equal(["a", "b", "c"], after.Companies.Keys.Order());
    }

    [Fact]
    public void Deletions_copy_their_table_and_leave_the_graph_before_them_whole()
    {
        var before = Base();
        var after = before.With(new ChangeSet { DeletedSupplies = [new SupplyKey("a", "b", null)], DeletedAnchors = [new AnchorKey("a", "chain")] });

        Assert.Empty(after.Supplies);
        Assert.Empty(after.Anchors);
        Assert.Single(before.Supplies);
        Assert.Single(before.Anchors);
        Assert.Same(before.Companies, after.Companies);
    }
}
