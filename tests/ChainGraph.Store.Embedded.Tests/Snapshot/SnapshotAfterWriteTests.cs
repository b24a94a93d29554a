using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Tests.Snapshot;

/// <summary>
/// The snapshot after a write that only edits companies (keeping their tags and parents) shares the indexes of the one
/// before it; one after a write that alters an index keeps those the write changed nothing of; either must be the
/// snapshot a full index build gives. Random writes in a row, some of which alter an index (a tag, a parent, a new
/// company, a site edited or moved, a supply added or deleted, an anchor row), are compared with a full build each time.
/// </summary>
public sealed class SnapshotAfterWriteTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Each_snapshot_after_a_write_is_the_one_a_full_index_build_gives(int seed)
    {
        var before = Start(seed);
        var random = new Random(seed);
        var (shared, kept) = (0, 0);
        for (var write = 0; write < 60; write++)
        {
            var changes = RandomWrite(before, random, out var altersIndex);

            var after = GraphSnapshot.After(before, changes);
            var rebuilt = new GraphSnapshot(before.Data.With(changes));

            Assert.Equal(SnapshotText.Describe(rebuilt), SnapshotText.Describe(after));
            // the indexes are shared exactly when the write alters none of them; otherwise those it changed nothing of
            // are kept (IndexReuse)
            Assert.Equal(!altersIndex, ReferenceEquals(before.PerRegion, after.PerRegion));
            var reuse = altersIndex ? IndexReuse.Of(before, changes) : null;
            Assert.Equal(!altersIndex || reuse is { Groups: true }, ReferenceEquals(before.IsAnchor, after.IsAnchor));
            Assert.Equal(!altersIndex || reuse is { GroupRoots: true }, ReferenceEquals(before.GroupRoot, after.GroupRoot));
            // (the sites' segments are kept, too, by a write whose sites keep theirs: RegionPatchTests)
            if (!altersIndex || reuse is { Sites: true })
            {
                Assert.Same(before.SiteWorksIn, after.SiteWorksIn);
            }
            // each company's supply lists are kept by a write of no supply row (its parents changed or not) that keeps
            // the companies' numbers
            Assert.Equal(!altersIndex || reuse is { SupplyRows: true, CompanyMap: null }, ReferenceEquals(before.CompanySupplies, after.CompanySupplies));
            Assert.Equal(!altersIndex || reuse is { Supplies: true }, ReferenceEquals(before.GroupSuppliers, after.GroupSuppliers));
            kept += reuse is null ? 0 : 1;
            shared += altersIndex ? 0 : 1;
            before = after;
        }
        Assert.InRange(shared, 10, 45);
        Assert.InRange(kept, 5, 50);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Snapshots_with_deferred_indexes_build_those_a_full_index_build_gives(int seed)
    {
        // a store opened to import: each write's snapshot is unindexed until a question asks; here every third one is
        // asked for, so that writes follow both unindexed snapshots (indexed anew when asked) and indexed ones (shared)
        var before = Start(seed);
        var random = new Random(seed);
        for (var write = 0; write < 30; write++)
        {
            var changes = RandomWrite(before, random, out var altersIndex);
            var beforeIndexed = before.IsIndexed;

            var after = GraphSnapshot.After(before, changes, deferIndexes: true);

            var rebuilt = new GraphSnapshot(before.Data.With(changes));
            // only a write that alters no index, after an indexed snapshot, shares its indexes before anyone asks
            Assert.Equal(beforeIndexed && !altersIndex, after.IsIndexed);
            if (write % 3 == 2 || after.IsIndexed)
            {
                Assert.Same(after, after.EnsureIndexed());
                Assert.True(after.IsIndexed);
                Assert.Equal(SnapshotText.Describe(rebuilt), SnapshotText.Describe(after));
            }
            else
            {
                // the rows are in key order and the id maps made; the indexes below them are not built
                Assert.Equal(rebuilt.CompanyIds, after.CompanyIds);
                Assert.Equal(rebuilt.SiteIds, after.SiteIds);
                var e = Assert.Throws<InvalidOperationException>(() => after.SiteCompany);
                Assert.Contains("EnsureIndexed", e.Message, StringComparison.Ordinal);
            }
            before = after;
        }
    }

    [Fact]
    public void Callers_asking_at_once_for_deferred_indexes_get_them_built_once()
    {
        var start = Start(6);
        var deferred = new GraphSnapshot(start.Data.Copy(), deferIndexes: true);
        Assert.False(deferred.IsIndexed);

        var roots = new int[]?[8];
        Parallel.For(0, roots.Length, i => roots[i] = deferred.EnsureIndexed().GroupRoot);

        Assert.All(roots, r => Assert.Same(roots[0], r));
        Assert.Equal(SnapshotText.Describe(start), SnapshotText.Describe(deferred));
    }

    [Fact]
    public void The_work_beside_runs_on_a_shared_index_snapshot_too()
    {
        var before = Start(3);
        var company = before.Companies[5];
        Company[]? seen = null;

        var after = GraphSnapshot.After(before, new ChangeSet { Companies = [company with { NameZh = "改名企业" }] }, s => seen = s.Companies);

        Assert.Same(after.Companies, seen);
        Assert.Equal("改名企业", after.Companies[5].NameZh);
        Assert.Equal(company.NameZh, before.Companies[5].NameZh);
    }

    private static GraphSnapshot Start(int seed) => SyntheticSnapshot.Of(1_500, seed);

    /// <summary>Edits of one to five companies; about half the writes also alter an index.</summary>
    private static ChangeSet RandomWrite(GraphSnapshot s, Random random, out bool altersIndex)
    {
        var companies = new List<Company>();
        var sites = new List<Site>();
        altersIndex = false;
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            var company = s.Companies[random.Next(s.Companies.Length)];
            companies.Add(company with
            {
                NameZh = company.NameZh + "·" + random.Next(100),
                NameEn = random.Next(2) == 0 ? null : "Edited " + random.Next(100),
                RevenueYuan = random.Next(3) == 0 ? null : random.Next(1, 1_000_000) * 10_000m,
                Employees = random.Next(50, 50_000),
            });
        }
        var supplies = new List<Supply>();
        var deletedSupplies = new List<SupplyKey>();
        var anchors = new List<Anchor>();
        switch (random.Next(12))
        {
            case 0:
                companies[0] = companies[0] with { Tags = companies[0].Tags ^ CompanyTags.Anchor };
                altersIndex = true;
                break;
            case 1:
                companies[0] = companies[0] with { ParentId = companies[0].ParentId is null ? s.Companies[0].Id : null };
                altersIndex = true;
                break;
            case 2:
                companies.Add(new Company($"new-{random.Next(1_000_000)}", "新企业", null, null, CompanyTags.None, null));
                altersIndex = true;
                break;
            case 3:
                var site = s.Sites[random.Next(s.Sites.Length)];
                sites.Add(site with { Lat = site.Lat + 0.01 });
                altersIndex = true;
                break;
            case 4:
            case 5:
            case 6:
                AlterOne(s, random, companies, sites, supplies, deletedSupplies, anchors);
                // a changed tag, like a row of another table, takes the snapshot out of the shared-index path
                altersIndex = true;
                break;
        }
        return new ChangeSet { Companies = companies, Sites = sites, Supplies = supplies, DeletedSupplies = deletedSupplies, Anchors = anchors };
    }

    /// <summary>One write that alters an index in one of the ways <see cref="IndexReuse"/> tells apart, beside company edits.</summary>
    private static void AlterOne(GraphSnapshot s, Random random, List<Company> companies, List<Site> sites, List<Supply> supplies, List<SupplyKey> deletedSupplies, List<Anchor> anchors)
    {
        switch (random.Next(5))
        {
            case 0:
                // a site moved to another region, working in other segments
                var site = s.Sites[random.Next(s.Sites.Length)];
                var region = s.Regions[random.Next(s.Regions.Length)].Code;
                sites.Add(site with { RegionCode = region, SegmentIds = [s.Segments[random.Next(s.Segments.Length)].Id] });
                break;
            case 1:
                supplies.Add(new Supply(s.CompanyIds[random.Next(s.CompanyIds.Length)], s.CompanyIds[random.Next(s.CompanyIds.Length)], null, null, SupplyConfidence.Unverified));
                break;
            case 2:
                deletedSupplies.Add(s.SupplyRows[random.Next(s.SupplyRows.Length)].Key);
                break;
            case 3:
                anchors.Add(new Anchor(s.CompanyIds[random.Next(s.CompanyIds.Length)], s.Chains[random.Next(s.Chains.Length)].Id, null));
                break;
            default:
                // a tag other than ANCHOR
                companies[0] = companies[0] with { Tags = companies[0].Tags ^ CompanyTags.Srdi };
                break;
        }
    }
}
