using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Tests.Snapshot;

/// <summary>
/// A write that adds companies and nothing that refers to them numbers the companies after each new one anew: the
/// snapshot after it takes over the indexes before with the numbers mapped instead of building them. Over runs of random
/// such writes (new ids before, between and after the others; parents among the companies there and among the new ones;
/// ANCHOR tags; edits of companies there; projects), each followed now and then by a write giving a new company a site or
/// a supply, every snapshot must be the one a full index build gives.
/// </summary>
public sealed class CompanyRenumberTests
{
    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void A_renumbered_snapshot_is_the_one_a_full_index_build_gives(int seed)
    {
        var before = SyntheticSnapshot.Of(900, seed);
        var random = new Random(seed);
        var renumbered = 0;
        for (var write = 0; write < 30; write++)
        {
            var changes = AddCompanies(before, random, write);
            var reuse = IndexReuse.Of(before, changes);
            Assert.NotNull(reuse);
            Assert.NotNull(reuse.CompanyMap);

            var after = GraphSnapshot.After(before, changes);

            Assert.Equal(SnapshotText.Describe(new GraphSnapshot(after.Data.Copy())), SnapshotText.Describe(after));
            Assert.Equal(before.Companies.Length + reuse.AddedCompanies.Length, after.Companies.Length);
            // the sites and their lists are taken over as they are
            Assert.Same(before.SiteIds, after.SiteIds);
            Assert.Same(before.SegmentSites, after.SegmentSites);
            Assert.Same(before.PerRegion[0].LocalSites, after.PerRegion[0].LocalSites);
            renumbered++;
            before = after;

            if (random.Next(3) == 0)
            {
                // a new company gets a site (the site patch, on the renumbered snapshot) or a supply (indexed anew)
                var company = reuse.AddedCompanies[random.Next(reuse.AddedCompanies.Length)].Id;
                var other = before.CompanyIds[random.Next(before.CompanyIds.Length)];
                var next = random.Next(2) == 0
                    ? new ChangeSet { Sites = [before.Sites[random.Next(before.Sites.Length)] with { Id = $"{company}-s0", CompanyId = company }] }
                    : new ChangeSet { Supplies = [new Supply(other, company, null, null, SupplyConfidence.Reported)] };
                var later = GraphSnapshot.After(before, next);
                Assert.Equal(SnapshotText.Describe(new GraphSnapshot(later.Data.Copy())), SnapshotText.Describe(later));
                before = later;
            }
        }
        Assert.Equal(30, renumbered);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void New_companies_with_their_sites_supplies_and_anchor_rows_are_numbered_in_first_then_patched(int seed)
    {
        var before = SyntheticSnapshot.Of(900, seed);
        var random = new Random(seed);
        for (var write = 0; write < 20; write++)
        {
            var companies = AddCompanies(before, random, write);
            var added = companies.Companies.Where(c => !before.CompanyIndex.ContainsKey(c.Id)).Select(c => c.Id).ToList();
            string Any() => random.Next(2) == 0 ? added[random.Next(added.Count)] : before.CompanyIds[random.Next(before.CompanyIds.Length)];
            var sites = added.Where(_ => random.Next(3) > 0)
                .Select((id, k) => before.Sites[random.Next(before.Sites.Length)] with { Id = $"{id}-s{k}", CompanyId = id, RegionCode = before.Regions[random.Next(before.Regions.Length)].Code })
                .ToList();
            var supplies = Enumerable.Range(0, random.Next(3)).Select(_ => new Supply(Any(), added[random.Next(added.Count)], null, null, SupplyConfidence.Reported)).DistinctBy(x => x.Key).ToList();
            var anchors = random.Next(3) == 0 ? [new Anchor(added[0], before.Chains[random.Next(before.Chains.Length)].Id, null)] : new List<Anchor>();
            var changes = companies with { Sites = sites, Supplies = supplies, Anchors = anchors };
            if (changes.RowCount == changes.Companies.Count)
            {
                changes = changes with { Sites = [before.Sites[0] with { Id = $"{added[0]}-s9", CompanyId = added[0] }] };
            }
            Assert.NotNull(IndexReuse.OfCompaniesFirst(before, changes));

            var after = GraphSnapshot.After(before, changes);

            Assert.Equal(SnapshotText.Describe(new GraphSnapshot(before.Data.With(changes))), SnapshotText.Describe(after));
            before = after;
        }
    }

    [Fact]
    public void A_company_there_whose_parent_id_names_a_new_company_has_its_group_built_anew()
    {
        var before = SyntheticSnapshot.Of(300, 24);
        // a parent id naming no company (as a store written by hand may hold), then the company of that id
        var child = before.Companies[7] with { ParentId = "c-parent-later" };
        before = GraphSnapshot.After(before, new ChangeSet { Companies = [child] });
        var parent = before.Companies[8] with { Id = "c-parent-later", ParentId = null, Tags = CompanyTags.Anchor };
        var changes = new ChangeSet { Companies = [parent] };

        Assert.Null(IndexReuse.Of(before, changes));
        var after = GraphSnapshot.After(before, changes);

        Assert.Equal(after.CompanyIndex["c-parent-later"], after.GroupRoot[after.CompanyIndex[child.Id]]);
        Assert.All(after.IsAnchor, chain => Assert.True(chain[after.CompanyIndex[child.Id]]));
        Assert.Equal(SnapshotText.Describe(new GraphSnapshot(after.Data.Copy())), SnapshotText.Describe(after));
    }

    [Fact]
    public void New_companies_with_rows_that_refer_to_them_or_a_changed_parent_are_indexed_anew()
    {
        var before = SyntheticSnapshot.Of(300, 25);
        var added = before.Companies[3] with { Id = "c-added", ParentId = null };
        var moved = before.Companies[4] with { ParentId = before.CompanyIds[5] == before.Companies[4].ParentId ? null : before.CompanyIds[5] };

        Assert.Null(IndexReuse.Of(before, new ChangeSet { Companies = [added], Sites = [before.Sites[0] with { Id = "c-added-s0", CompanyId = "c-added" }] }));
        Assert.Null(IndexReuse.Of(before, new ChangeSet { Companies = [added], Supplies = [new Supply("c-added", before.CompanyIds[0], null, null, SupplyConfidence.Reported)] }));
        Assert.Null(IndexReuse.Of(before, new ChangeSet { Companies = [added], Anchors = [new Anchor("c-added", before.Chains[0].Id, null)] }));
        Assert.Null(IndexReuse.Of(before, new ChangeSet { Companies = [added, moved] }));
        Assert.Null(IndexReuse.Of(before, new ChangeSet { Companies = [added, before.Companies[6] with { Tags = before.Companies[6].Tags ^ CompanyTags.Anchor }] }));
        Assert.NotNull(IndexReuse.Of(before, new ChangeSet { Companies = [added, before.Companies[6] with { NameZh = "改名" }] })?.CompanyMap);
    }

    /// <summary>One to three new companies, sometimes with an edit of a company there or a project of a new one.</summary>
    private static ChangeSet AddCompanies(GraphSnapshot s, Random random, int write)
    {
        var companies = new List<Company>();
        var projects = new List<Project>();
        var ids = new List<string>();
        for (var k = random.Next(1, 4); k > 0; k--)
        {
            var near = s.CompanyIds[random.Next(s.CompanyIds.Length)];
            // before every id there, after every one, or just after one of them
            var id = random.Next(6) switch
            {
                0 => $"a{write}-{k}",
                1 => $"z{write}-{k}",
                _ => $"{near}-{write}-{k}",
            };
            var parent = random.Next(4) switch
            {
                0 => s.CompanyIds[random.Next(s.CompanyIds.Length)],
                1 when ids.Count > 0 => ids[random.Next(ids.Count)],
                _ => null,
            };
            var tags = random.Next(5) == 0 ? CompanyTags.Anchor : s.Companies[random.Next(s.Companies.Length)].Tags & ~CompanyTags.Anchor;
            companies.Add(s.Companies[random.Next(s.Companies.Length)] with { Id = id, ParentId = parent, Tags = tags });
            ids.Add(id);
        }
        if (random.Next(3) == 0)
        {
            var edited = s.Companies[random.Next(s.Companies.Length)];
            companies.Add(edited with { NameZh = edited.NameZh + "·改", Tags = edited.Tags ^ CompanyTags.HighTech });
        }
        if (random.Next(3) == 0)
        {
            projects.Add(new Project($"p-{write}", "新项目", ids[0], s.Regions[random.Next(s.Regions.Length)].Code, null, null, ProjectStatus.Signed, new DateOnly(2026, 1, 1), null));
        }
        return new ChangeSet { Companies = companies, Projects = projects };
    }
}
