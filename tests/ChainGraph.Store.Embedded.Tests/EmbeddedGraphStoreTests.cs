using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;
using ChainGraph.Import;
using ChainGraph.TestSupport;

namespace ChainGraph.Store.Embedded.Tests;

/// <summary>What only the embedded store promises: the file is the truth, and readers see whole writes.</summary>
public sealed class EmbeddedGraphStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DbPath => _folder.File("chaingraph.db");

    [Fact]
    public async Task Reopening_the_file_rebuilds_the_same_answers()
    {
        IReadOnlyList<ChainGap> before;
        GraphStats stats;
        using (var store = EmbeddedGraphStore.Open(DbPath))
        {
            Assert.True((await DataSetImporter.RunAsync(Repo.Fixture("mini"), store, false, true)).Succeeded);
            before = await new ChainEngine(store).GapsAsync("441200", "es");
            stats = await store.GetStatsAsync();
        }
        using var reopened = EmbeddedGraphStore.Open(DbPath);
        Assert.Equal(stats, await reopened.GetStatsAsync());
        var after = await new ChainEngine(reopened).GapsAsync("441200", "es");
        Assert.Equal(Describe(before), Describe(after));
        var project = (await reopened.GetProjectsAsync(["p5"]))["p5"];
        Assert.Equal((12_000_000_000m, ProjectStatus.Producing, new DateOnly(2022, 5, 1)), (project.InvestmentYuan, project.Status, project.StatusDate));
        var company = (await reopened.GetCompaniesAsync(["catl"]))["catl"];
        Assert.Equal(CompanyTags.Anchor | CompanyTags.Listed | CompanyTags.HighTech, company.Tags);
    }

    [Fact]
    public async Task Warming_up_an_empty_store_asks_nothing()
    {
        using var store = EmbeddedGraphStore.Open(DbPath);
        var report = await EngineWarmUp.RunAsync(store, TimeSpan.FromSeconds(5));
        Assert.Equal((0, true, null), (report.Rounds, report.Settled, report.Questions));
    }

    [Fact]
    public async Task A_reader_sees_a_write_entirely_or_not_at_all()
    {
        using var store = EmbeddedGraphStore.Open(DbPath);
        var sites = Enumerable.Range(0, 2000)
            .Select(i => new Site($"s{i:D5}", "co", null, "R", 23, 112, SiteKind.Plant, ["seg"]))
            .ToArray();
        var changes = new ChangeSet
        {
            Chains = [new Chain("ch", null, null)],
            Regions = [new Region("R", "区域", null, RegionLevel.City, null, 23, 112)],
            Segments = [new Segment("seg", "ch", "环节", null, SegmentCategory.Cells, null)],
            Companies = [new Company("co", "公司", null, null, CompanyTags.None, null)],
            Sites = sites,
        };
        var writer = Task.Run(() => store.ApplyAsync(changes).AsTask());
        var seen = new HashSet<int>();
        while (!writer.IsCompleted)
        {
            var stats = await store.GetStatsAsync();
            seen.Add(stats.Sites);
            var presence = await store.GetSegmentPresenceAsync("R", "ch", ["seg"]);
            var count = presence.TryGetValue("seg", out var p) ? p.SiteCount : 0;
            Assert.Contains(count, new[] { 0, 2000 });
        }
        await writer;
        seen.Add((await store.GetStatsAsync()).Sites);
        Assert.Subset(new HashSet<int> { 0, 2000 }, seen);
        Assert.Contains(2000, seen);
    }

    private static string[] Describe(IReadOnlyList<ChainGap> gaps) =>
        gaps.Select(g => $"{g.Segment.Id}:{g.Kind}:{string.Join(',', g.Reasons)}").ToArray();

    public void Dispose() => _folder.Dispose();
}
