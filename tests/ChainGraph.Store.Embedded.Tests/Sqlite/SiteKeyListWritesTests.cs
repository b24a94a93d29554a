using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.Store.Embedded.Sqlite;
using ChainGraph.TestSupport;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Tests.Sqlite;

/// <summary>
/// A small write rewrites only the site key lists it can have altered: after each of many random writes (sites moved to
/// other regions, segments or companies, new companies with sites, companies whose tags or parent changed, supplies),
/// the file's lists are exactly those of the whole store made from scratch, also in a store that builds no indexes
/// until asked (the command-line import's).
/// </summary>
public sealed class SiteKeyListWritesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData(IndexTiming.Eager)]
    [InlineData(IndexTiming.WhenAsked)] // no question is asked: every list is made from snapshots without indexes
    public async Task After_each_small_write_the_files_lists_are_those_made_from_scratch(IndexTiming indexes)
    {
        var path = _folder.File("cg.db");
        var random = new Random(4242);
        string[] regions = ["100000", "110000", "110100", "110200", "120000", "120100"];
        string[] segments = ["s", "s-a", "s-b", "s-a-1", "t"];
        var companies = Enumerable.Range(0, 40).Select(i => new Company($"c{i:D3}", $"企业{i}", null, null, (CompanyTags)(i % 4), i % 7 == 3 ? "c000" : null)).ToList();
        var sites = Enumerable.Range(0, 120).Select(i => RandomSite(random, $"t{i:D4}", companies, regions, segments)).ToList();
        using (var store = EmbeddedGraphStore.Open(path, indexes: indexes))
        {
            await store.ApplyAsync(new ChangeSet
            {
                Chains = [new Chain("chain", "链", null)],
                Regions =
                [
                    new Region("100000", "国", null, RegionLevel.Country, null, 35, 105),
                    new Region("110000", "省一", null, RegionLevel.Province, "100000", 30, 110),
                    new Region("110100", "市一", null, RegionLevel.City, "110000", 30.1, 110.1),
                    new Region("110200", "市二", null, RegionLevel.City, "110000", 30.2, 110.2),
                    new Region("120000", "省二", null, RegionLevel.Province, "100000", 25, 115),
                    new Region("120100", "市三", null, RegionLevel.City, "120000", 25.1, 115.1),
                ],
                Segments =
                [
                    new Segment("s", "chain", "环节", null, SegmentCategory.Cells, null),
                    new Segment("s-a", "chain", "甲", null, SegmentCategory.Cells, "s"),
                    new Segment("s-b", "chain", "乙", null, SegmentCategory.Cells, "s"),
                    new Segment("s-a-1", "chain", "甲一", null, SegmentCategory.Cells, "s-a"),
                    new Segment("t", "chain", "另一环节", null, SegmentCategory.Materials, null),
                ],
                Companies = companies,
                Sites = sites,
            });
            AssertListsAreWhole(path);

            for (var round = 0; round < 60; round++)
            {
                var changes = (round % 5) switch
                {
                    // sites moved: another region, other segments, another company
                    0 or 1 => new ChangeSet { Sites = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => RandomSite(random, sites[random.Next(sites.Count)].Id, companies, regions, segments))] },
                    // a company's tags or parent changed
                    2 => new ChangeSet { Companies = [companies[random.Next(1, companies.Count)] with { Tags = (CompanyTags)random.Next(8), ParentId = random.Next(2) == 0 ? null : "c000" }] },
                    // a new company with a site of its own
                    3 => NewCompany(random, companies, sites, regions, segments, round),
                    // a supply: no list changes
                    _ => new ChangeSet { Supplies = [new Supply(companies[random.Next(companies.Count)].Id, companies[random.Next(companies.Count)].Id, null, null, SupplyConfidence.Reported)] },
                };
                await store.ApplyAsync(changes);
                foreach (var site in changes.Sites)
                {
                    sites[sites.FindIndex(s => s.Id == site.Id)] = site;
                }
                foreach (var company in changes.Companies)
                {
                    var at = companies.FindIndex(c => c.Id == company.Id);
                    if (at >= 0)
                    {
                        companies[at] = company;
                    }
                }
                AssertListsAreWhole(path);
            }
        }
    }

    [Fact]
    public void Over_lists_of_another_version_a_small_write_writes_every_list()
    {
        var path = _folder.File("stale.db");
        var file = new SqliteGraphFile(path);
        var random = new Random(7);
        var companies = Enumerable.Range(0, 5).Select(i => new Company($"c{i}", "企业", null, null, CompanyTags.None, null)).ToList();
        var first = new ChangeSet
        {
            Regions = [new Region("1", "国", null, RegionLevel.Country, null, 35, 105)],
            Chains = [new Chain("chain", "链", null)],
            Segments = [new Segment("s", "chain", "环节", null, SegmentCategory.Cells, null), new Segment("t", "chain", "环节二", null, SegmentCategory.Cells, null)],
            Companies = companies,
            // site0 works in s only, site1 in t
            Sites = [.. Enumerable.Range(0, 10).Select(i => RandomSite(random, $"site{i}", companies, ["1"], i switch { 0 => ["s"], 1 => ["t"], _ => ["s", "t"] }))],
        };
        var before = new GraphSnapshot(new GraphData().With(first));
        using (var pending = file.BeginWrite(first, basedOn: 0))
        {
            pending.Commit(GraphImage.Write(before), SiteKeyLists.Of(before));
        }
        // the lists lose a segment's row and their stamp, as a build that did not keep them up to date would leave them
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DELETE FROM segment_sites WHERE segment_id = 't'; UPDATE meta SET value = '0' WHERE key = '{SqliteGraphFile.SiteListsVersionKey}'";
            command.ExecuteNonQuery();
        }

        // a change that touches neither t's list nor its row
        var second = new ChangeSet { Sites = [RandomSite(random, "site0", companies, ["1"], ["s"])] };
        var next = new GraphSnapshot(before.Data.With(second));
        var lists = SiteKeyLists.Of(next, before, second);
        Assert.True(lists.IsPartial);
        using (var pending = file.BeginWrite(second, basedOn: 1))
        {
            pending.Commit(GraphImage.Write(next), lists);
        }

        AssertListsAreWhole(path);
    }

    private static ChangeSet NewCompany(Random random, List<Company> companies, List<Site> sites, string[] regions, string[] segments, int round)
    {
        var company = new Company($"n{round:D3}", "新企业", null, null, CompanyTags.HighTech, null);
        companies.Add(company);
        var site = RandomSite(random, $"n{round:D3}-site", [company], regions, segments);
        sites.Add(site);
        return new ChangeSet { Companies = [company], Sites = [site] };
    }

    private static Site RandomSite(Random random, string id, List<Company> companies, string[] regions, string[] segments)
    {
        var own = segments.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToArray();
        return new Site(id, companies[random.Next(companies.Count)].Id, null, regions[random.Next(regions.Length)], 30 + random.NextDouble(), 110 + random.NextDouble(), SiteKind.Plant, own);
    }

    /// <summary>The lists in the file are those of its rows, made whole, and stamped with its version.</summary>
    private static void AssertListsAreWhole(string path)
    {
        var file = new SqliteGraphFile(path);
        var whole = SiteKeyLists.Of(new GraphSnapshot(file.Load()));
        Assert.True(file.SiteListsAreOf(file.LoadedVersion));
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        Assert.Equal(whole.BySegment.Select(l => (l.SegmentId, l.Sites)), Rows(connection, "SELECT segment_id, sites FROM segment_sites"));
        Assert.Equal(whole.ByRegion.Select(l => (l.RegionCode, l.Sites)), Rows(connection, "SELECT region_code, sites FROM region_sites"));
    }

    private static List<(string, string)> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }
        return [.. rows.OrderBy(r => r.Item1, ChainGraph.Domain.Ids.Comparer)];
    }

    public void Dispose() => _folder.Dispose();
}
