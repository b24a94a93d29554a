using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Tests.Snapshot;

/// <summary>
/// A write that changes companies' parents makes the group roots and anchor chains again for the members of the groups
/// the written companies were or are in, and, when it writes no supply row, lists again only the supplier groups those
/// changes touch: over runs of random parent changes (a company joining another's group, leaving its own, put under one
/// of its own members so that the parents loop), with ANCHOR tags and anchor rows beside them, every snapshot must be the
/// one a full index build gives.
/// </summary>
public sealed class GroupPatchTests
{
    [Theory]
    [InlineData(41)]
    [InlineData(42)]
    [InlineData(43)]
    public void Patched_groups_are_those_a_full_index_build_gives(int seed)
    {
        var before = SyntheticSnapshot.Of(900, seed);
        var random = new Random(seed);
        var moved = 0;
        for (var write = 0; write < 30; write++)
        {
            var changes = ParentChanges(before, random);
            var after = GraphSnapshot.After(before, changes);

            Assert.Equal(SnapshotText.Describe(new GraphSnapshot(after.Data.Copy())), SnapshotText.Describe(after));
            // no supply row written: the rows and each company's lists are kept
            Assert.Same(before.SupplyRows, after.SupplyRows);
            Assert.Same(before.Customers, after.Customers);
            moved += Enumerable.Range(0, after.Companies.Length).Count(c => after.GroupRoot[c] != before.GroupRoot[c]);
            before = after;
        }
        Assert.True(moved > 30, $"{moved} companies changed group over the run");
    }

    [Fact]
    public void A_parent_changed_beside_a_supply_row_has_the_supply_indexes_built_anew()
    {
        var before = SyntheticSnapshot.Of(300, 44);
        var company = before.Companies[5];
        var changes = new ChangeSet
        {
            Companies = [company with { ParentId = company.ParentId is null ? before.CompanyIds[6] : null }],
            Supplies = [new Supply(before.CompanyIds[7], company.Id, null, null, SupplyConfidence.Reported)],
        };

        var after = GraphSnapshot.After(before, changes);

        Assert.NotSame(before.Customers, after.Customers);
        Assert.Equal(SnapshotText.Describe(new GraphSnapshot(after.Data.Copy())), SnapshotText.Describe(after));
    }

    [Fact]
    public void A_group_of_most_companies_moved_is_built_in_full_and_still_right()
    {
        var before = SyntheticSnapshot.Of(300, 45);
        // every company under the first, then the first under the last: one group of them all, moved at once
        var all = before.Companies.Skip(1).Select(c => c with { ParentId = before.CompanyIds[0] }).ToList();
        before = GraphSnapshot.After(before, new ChangeSet { Companies = all });
        Assert.All(before.GroupRoot, root => Assert.Equal(0, root));

        var after = GraphSnapshot.After(before, new ChangeSet { Companies = [before.Companies[0] with { ParentId = before.CompanyIds[^1] }] });

        Assert.Equal(SnapshotText.Describe(new GraphSnapshot(after.Data.Copy())), SnapshotText.Describe(after));
    }

    /// <summary>One to three parent changes, sometimes with an ANCHOR tag or anchor row beside them.</summary>
    private static ChangeSet ParentChanges(GraphSnapshot s, Random random)
    {
        var companies = new List<Company>();
        var anchors = new List<Anchor>();
        for (var k = random.Next(1, 4); k > 0; k--)
        {
            var company = s.Companies[random.Next(s.Companies.Length)];
            var c = s.CompanyIndex[company.Id];
            var members = Enumerable.Range(0, s.Companies.Length).Where(m => m != c && s.GroupRoot[m] == s.GroupRoot[c]).ToList();
            var parent = random.Next(4) switch
            {
                // leave the group
                0 => null,
                // under one of its own group's members: the parents may loop
                1 when members.Count > 0 => s.CompanyIds[members[random.Next(members.Count)]],
                // join another company's group
                _ => s.CompanyIds[random.Next(s.CompanyIds.Length)],
            };
            companies.Add(company with { ParentId = parent == company.Id ? null : parent, Tags = random.Next(6) == 0 ? company.Tags ^ CompanyTags.Anchor : company.Tags });
        }
        if (random.Next(4) == 0)
        {
            anchors.Add(new Anchor(s.CompanyIds[random.Next(s.CompanyIds.Length)], s.Chains[random.Next(s.Chains.Length)].Id, null));
        }
        return new ChangeSet { Companies = companies.DistinctBy(c => c.Id).ToList(), Anchors = anchors };
    }
}
