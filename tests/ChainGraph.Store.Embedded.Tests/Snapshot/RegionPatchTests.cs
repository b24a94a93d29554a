using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Tests.Snapshot;

/// <summary>
/// Writes that add no company keep the companies' numbers, and the snapshot after one patches the indexes of the
/// snapshot before (the written sites' entries, every site's number when sites are added, the aggregates of the regions
/// the write touches) instead of building them: each such snapshot, over a run of random writes of every such kind
/// (sites added, edited, moved to another region, segments or company; tags, parents and anchor rows changed; projects
/// added or moved), must be the one a full index build gives, and the regions no written row lies in keep their
/// aggregates when no site was added.
/// </summary>
public sealed class RegionPatchTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void A_patched_snapshot_is_the_one_a_full_index_build_gives(int seed)
    {
        var before = Start(seed);
        var random = new Random(seed);
        var (kept, added) = (0, 0);
        for (var write = 0; write < 40; write++)
        {
            var changes = RandomWrite(before, random);
            var reuse = IndexReuse.Of(before, changes);
            Assert.NotNull(reuse);
            added += reuse.SitesAdded ? 1 : 0;

            var after = GraphSnapshot.After(before, changes);

            var rebuilt = new GraphSnapshot(before.Data.With(changes));
            Assert.Equal(SnapshotText.Describe(rebuilt), SnapshotText.Describe(after));
            // the companies' numbering is taken over, not made again; the sites' too unless sites were added
            Assert.Same(before.CompanyIndex, after.CompanyIndex);
            Assert.Equal(!reuse.SitesAdded, ReferenceEquals(before.SiteIds, after.SiteIds));
            kept += Enumerable.Range(0, after.Regions.Length).Count(r => ReferenceEquals(before.PerRegion[r], after.PerRegion[r]));
            before = after;
        }
        // most writes touch a few regions of the hundreds: most aggregates are kept
        Assert.True(kept > 40 * before.Regions.Length / 8, $"{kept} aggregates kept over 40 writes of {before.Regions.Length} regions");
        Assert.InRange(added, 3, 30);
    }

    [Fact]
    public void Correcting_a_site_s_coordinates_copies_its_points_only()
    {
        var before = Start(14);
        var site = before.Sites[10];

        var after = GraphSnapshot.After(before, new ChangeSet { Sites = [site with { Lat = site.Lat + 0.5 }] });

        Assert.NotSame(before.SitePoints, after.SitePoints);
        Assert.Equal(site.Lat + 0.5, after.Sites[10].Lat);
        Assert.Same(before.SiteCompany, after.SiteCompany);
        Assert.Same(before.SiteRegion, after.SiteRegion);
        Assert.Same(before.SiteWorksIn, after.SiteWorksIn);
        Assert.Same(before.CompanySites, after.CompanySites);
        Assert.Same(before.SegmentSites, after.SegmentSites);
        // coordinates count in no region's aggregate
        Assert.All(Enumerable.Range(0, after.Regions.Length), r => Assert.Same(before.PerRegion[r], after.PerRegion[r]));
        Assert.Equal(SnapshotText.Describe(new GraphSnapshot(after.Data.Copy())), SnapshotText.Describe(after));
    }

    [Fact]
    public void A_site_handed_to_another_company_makes_the_site_lists_again()
    {
        var before = Start(15);
        var site = before.Sites[10];
        var other = before.CompanyIds[(before.SiteCompany[10] + 1) % before.Companies.Length];

        var after = GraphSnapshot.After(before, new ChangeSet { Sites = [site with { CompanyId = other }] });

        Assert.NotSame(before.SiteCompany, after.SiteCompany);
        Assert.NotSame(before.CompanySites, after.CompanySites);
        Assert.NotSame(before.SegmentSites, after.SegmentSites);
        Assert.Same(before.SitePoints, after.SitePoints);
        Assert.Equal(SnapshotText.Describe(new GraphSnapshot(after.Data.Copy())), SnapshotText.Describe(after));
    }

    [Fact]
    public void Deleting_an_anchor_row_takes_the_chain_from_its_company_and_group_and_keeps_the_group_roots()
    {
        var before = Start(16);
        // an anchor row of a company not tagged ANCHOR, whose group has no other anchor of that chain
        var row = before.AnchorsOfCompany.Values.SelectMany(rows => rows)
            .First(a => (before.Companies[before.CompanyIndex[a.CompanyId]].Tags & CompanyTags.Anchor) == 0
                && before.AnchorsOfCompany.Values.SelectMany(rows => rows).Count(o => o.ChainId == a.ChainId
                    && before.GroupRoot[before.CompanyIndex[o.CompanyId]] == before.GroupRoot[before.CompanyIndex[a.CompanyId]]) == 1
                && before.Companies.All(c => c.ParentId != a.CompanyId || c.Id == a.CompanyId));
        var (company, chain) = (before.CompanyIndex[row.CompanyId], before.ChainIndex[row.ChainId]);
        Assert.True(before.IsAnchor[chain][company]);

        var after = GraphSnapshot.After(before, new ChangeSet { DeletedAnchors = [row.Key] });

        Assert.False(after.IsAnchor[chain][company]);
        Assert.Same(before.GroupRoot, after.GroupRoot);
        Assert.Equal(SnapshotText.Describe(new GraphSnapshot(after.Data.Copy())), SnapshotText.Describe(after));
    }

    private static GraphSnapshot Start(int seed) => SyntheticSnapshot.Of(1_200, seed);

    /// <summary>One to three changes of the kinds that keep the companies' numbers.</summary>
    private static ChangeSet RandomWrite(GraphSnapshot s, Random random)
    {
        var companies = new List<Company>();
        var sites = new List<Site>();
        var anchors = new List<Anchor>();
        var deletedAnchors = new List<AnchorKey>();
        var projects = new List<Project>();
        string AnyCompany() => s.CompanyIds[random.Next(s.CompanyIds.Length)];
        for (var k = random.Next(1, 4); k > 0; k--)
        {
            var site = s.Sites[random.Next(s.Sites.Length)];
            var company = s.Companies[random.Next(s.Companies.Length)];
            switch (random.Next(10))
            {
                case 8:
                case 9:
                    // a new site of a company (its id sorts among the sites already there, numbering those after it anew)
                    sites.Add(site with { Id = $"{company.Id}-n{random.Next(1_000)}", CompanyId = company.Id, RegionCode = s.Regions[random.Next(s.Regions.Length)].Code });
                    break;
                case 0:
                    // coordinates corrected: one of the two, or both
                    sites.Add(random.Next(3) switch
                    {
                        0 => site with { Lat = site.Lat + 0.01 },
                        1 => site with { Lon = site.Lon - 0.01 },
                        _ => site with { Lat = site.Lat - 0.02, Lon = site.Lon + 0.02 },
                    });
                    break;
                case 1:
                    sites.Add(site with { RegionCode = s.Regions[random.Next(s.Regions.Length)].Code });
                    break;
                case 2:
                    sites.Add(site with { SegmentIds = [.. Enumerable.Range(0, random.Next(1, 3)).Select(_ => s.Segments[random.Next(s.Segments.Length)].Id).Distinct()] });
                    break;
                case 3:
                    // a site handed over to another company (of another group, perhaps an anchor)
                    sites.Add(site with { CompanyId = AnyCompany() });
                    break;
                case 4:
                    companies.Add(company with { Tags = company.Tags ^ CompanyTags.Anchor });
                    break;
                case 5:
                    // a company joins another group, or leaves its own (never its own parent)
                    var parent = AnyCompany();
                    companies.Add(company with { ParentId = company.ParentId is null && parent != company.Id ? parent : null });
                    break;
                case 6:
                    var chain = s.Chains[random.Next(s.Chains.Length)].Id;
                    if (s.AnchorsOfCompany.TryGetValue(company.Id, out var rows) && random.Next(2) == 0)
                    {
                        deletedAnchors.Add(rows[0].Key);
                    }
                    else
                    {
                        anchors.Add(new Anchor(company.Id, chain, null));
                    }
                    break;
                default:
                    var region = s.Regions[random.Next(s.Regions.Length)].Code;
                    projects.Add(s.Projects.Length > 0 && random.Next(2) == 0
                        ? s.Projects[random.Next(s.Projects.Length)] with { RegionCode = region }
                        : new Project($"p-new-{random.Next(1_000_000)}", "新项目", company.Id, region, null, null, ProjectStatus.Signed, new DateOnly(2026, 1, 1), null));
                    break;
            }
        }
        return new ChangeSet { Companies = companies, Sites = sites, Anchors = anchors, DeletedAnchors = deletedAnchors, Projects = projects };
    }
}
