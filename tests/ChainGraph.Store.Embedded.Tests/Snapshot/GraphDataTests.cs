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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Rows_of_distinct_keys_into_empty_tables_are_the_same_graph_and_a_later_write_still_replaces_by_key(bool replace)
    {
        var companies = Enumerable.Range(0, 50).Select(i => new Company($"c{i:D2}", "公司" + i, null, null, CompanyTags.None, null)).ToArray();
        var sites = companies.Select(c => new Site(c.Id + "-1", c.Id, null, "r", 30, 110, SiteKind.Plant, ["s"])).ToArray();
        var supplies = companies.Skip(1).Select(c => new Supply(companies[0].Id, c.Id, null, null, SupplyConfidence.Reported)).ToArray();
        var changes = new ChangeSet { ReplaceAll = replace, Companies = companies, Sites = sites, Supplies = supplies };

        var looked = new GraphData().With(changes);
        var listed = new GraphData().With(changes with { KeysAreDistinct = true });

        Assert.Equal(looked.Companies.Values.OrderBy(c => c.Id), listed.Companies.Values.OrderBy(c => c.Id));
        Assert.Equal(looked.Sites.Values.OrderBy(s => s.Id), listed.Sites.Values.OrderBy(s => s.Id));
        Assert.Equal(looked.Supplies.Count, listed.Supplies.Count);
        Assert.Same(companies[7], listed.Companies["c07"]);
        Assert.True(listed.Supplies.Contains(new SupplyKey("c00", "c49", null)));

        // the next write, without the mark, replaces rows by key in the listed tables
        var next = listed.With(new ChangeSet
        {
            Companies = [companies[7] with { NameZh = "改名" }],
            Supplies = [new Supply("c00", "c49", null, null, SupplyConfidence.Verified)],
        });
        Assert.Equal(50, next.Companies.Count);
        Assert.Equal("改名", next.Companies["c07"].NameZh);
        Assert.Equal(49, next.Supplies.Count);
        Assert.Equal(SupplyConfidence.Verified, next.Supplies.Single(s => s.CustomerId == "c49").Confidence);
        Assert.Equal("公司7", listed.Companies["c07"].NameZh);
    }
}
