using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Import;
using ChainGraph.Store.Embedded.Scoped;
using ChainGraph.TestSupport;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Tests.Scoped;

/// <summary>What the scoped reader does beyond answering like the store: what it reads, when it cannot be used, writers.</summary>
public sealed class ScopedGraphStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.File("chaingraph.db");

    private async Task ImportSeedAsync()
    {
        using var store = EmbeddedGraphStore.Open(Db);
        var result = await DataSetImporter.RunAsync(Repo.GraphSeed, store, replace: false, apply: true);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems.Take(5)));
    }

    [Fact]
    public async Task A_question_about_a_city_reads_only_what_it_needs_and_answers_as_the_whole_store()
    {
        await ImportSeedAsync();
        using var whole = EmbeddedGraphStore.Open(Db);
        var all = (await whole.GetStatsAsync()).Companies;
        using var scoped = ScopedGraphStore.TryOpen(Db, out var whyNot) ?? throw new InvalidOperationException(whyNot);
        Assert.Equal(0, scoped.CompaniesRead);

        var gaps = await new ChainEngine(scoped).GapsAsync("441200", "energy-storage");
        var expected = await new ChainEngine(whole).GapsAsync("441200", "energy-storage");
        Assert.Equal(Describe(expected), Describe(gaps));
        Assert.NotEmpty(gaps);
        var afterGaps = scoped.CompaniesRead;
        Assert.InRange(afterGaps, 1, all / 4);

        var targets = await new ChainEngine(scoped).TargetsAsync("441200", "es-pcs", 20);
        Assert.Equal(
            (await new ChainEngine(whole).TargetsAsync("441200", "es-pcs", 20)).Select(t => (t.CompanyId, t.Score)),
            targets.Select(t => (t.CompanyId, t.Score)));
        Assert.InRange(scoped.CompaniesRead, afterGaps, all - 1);
        Assert.False(scoped.OpenedWhole);
    }

    [Fact]
    public async Task Companies_by_name_supply_paths_and_statistics_are_answered_without_the_whole_store()
    {
        await ImportSeedAsync();
        using var whole = EmbeddedGraphStore.Open(Db);
        using var scoped = ScopedGraphStore.TryOpen(Db, out var whyNot) ?? throw new InvalidOperationException(whyNot);
        foreach (var text in new[] { "宁德", "catl", "CATL", "科技", "no such name" })
        {
            foreach (var first in new[] { 1, 3, 200 })
            {
                var expected = await whole.FindCompaniesAsync(new CompanyQuery(NameContains: text), first, null);
                var actual = await scoped.FindCompaniesAsync(new CompanyQuery(NameContains: text), first, null);
                Assert.Equal((expected.TotalCount, expected.HasNextPage), (actual.TotalCount, actual.HasNextPage));
                Assert.Equal(expected.Items, actual.Items);
            }
        }
        var paths = await new ChainEngine(scoped).PathsAsync("semcorp", "xpeng", 4);
        Assert.Equal(
            (await new ChainEngine(whole).PathsAsync("semcorp", "xpeng", 4)).Select(p => string.Join(">", p.CompanyIds)),
            paths.Select(p => string.Join(">", p.CompanyIds)));
        Assert.NotEmpty(paths);
        Assert.Equal(await whole.GetStatsAsync(), await scoped.GetStatsAsync());
        Assert.False(scoped.OpenedWhole);

        // Any other listing needs the whole store.
        _ = await scoped.FindCompaniesAsync(new CompanyQuery(NameContains: "宁德", RegionCode: "441200"), 5, null);
        Assert.True(scoped.OpenedWhole);
    }

    [Fact]
    public async Task A_store_without_current_site_key_lists_is_read_whole_until_it_is_opened_for_writing()
    {
        await ImportSeedAsync();
        Sql("DELETE FROM meta WHERE key = 'site_lists_version'; DROP INDEX supplies_by_customer;");
        Assert.Null(ScopedGraphStore.TryOpen(Db, out var whyNot));
        Assert.Equal("its site key lists are not of its data version", whyNot);

        // Opening it as the service or an import does brings the lists and the indexes up to date.
        EmbeddedGraphStore.Open(Db).Dispose();
        using var scoped = ScopedGraphStore.TryOpen(Db, out whyNot);
        Assert.True(scoped is not null, whyNot);
    }

    [Fact]
    public async Task A_store_without_its_indexes_is_not_read_scoped()
    {
        await ImportSeedAsync();
        Sql("DROP INDEX projects_by_region;");
        Assert.Null(ScopedGraphStore.TryOpen(Db, out var whyNot));
        Assert.Equal("its secondary indexes are missing", whyNot);
        Assert.Null(ScopedGraphStore.TryOpen(_folder.File("nothing-here.db"), out whyNot));
        Assert.Equal("there is no store file", whyNot);
    }

    [Fact]
    public async Task The_scope_stays_at_its_version_while_another_writer_commits_and_never_mixes_two()
    {
        await ImportSeedAsync();
        using var scoped = ScopedGraphStore.TryOpen(Db, out var whyNot) ?? throw new InvalidOperationException(whyNot);
        var before = await new ChainEngine(scoped).CoverageAsync("441200", "energy-storage");

        // Another process adds a company with a site in 肇庆 working in every leaf of the chain.
        using (var writer = EmbeddedGraphStore.Open(Db))
        {
            var leaves = (await writer.GetSegmentsAsync()).Where(s => s.ChainId == "energy-storage").Select(s => s.Id).ToArray();
            await writer.ApplyAsync(new ChangeSet
            {
                Companies = [new Company("scoped-new", "新企业", null, null, CompanyTags.None, null)],
                Sites = [new Site("scoped-new-s1", "scoped-new", null, "441200", 23.05, 112.47, SiteKind.Plant, leaves)],
            });
        }

        // Questions on the open reader still see one state: the one it opened at.
        Assert.Empty(await scoped.GetCompaniesAsync(["scoped-new"]));
        var again = await new ChainEngine(scoped).CoverageAsync("441200", "energy-storage");
        Assert.Equal(before.Select(r => (r.Segment.Id, r.LocalCompanyCount)), again.Select(r => (r.Segment.Id, r.LocalCompanyCount)));

        // What needs the whole store would now read a newer state: refused, not mixed.
        var e = await Assert.ThrowsAsync<StoreUnavailableException>(async () => await scoped.GetSitesOfCompaniesAsync(["catl"]));
        Assert.Contains("ask again", e.Message, StringComparison.Ordinal);

        using var fresh = ScopedGraphStore.TryOpen(Db, out whyNot) ?? throw new InvalidOperationException(whyNot);
        Assert.Single(await fresh.GetCompaniesAsync(["scoped-new"]));
        var after = await new ChainEngine(fresh).CoverageAsync("441200", "energy-storage");
        Assert.Equal(before.Single(r => r.Segment.Id == "es").LocalCompanyCount + 1, after.Single(r => r.Segment.Id == "es").LocalCompanyCount);
    }

    [Fact]
    public async Task Whole_store_calls_and_writes_go_to_the_whole_store_and_later_reads_see_the_writes()
    {
        await ImportSeedAsync();
        using var scoped = ScopedGraphStore.TryOpen(Db, out var whyNot) ?? throw new InvalidOperationException(whyNot);
        _ = await new ChainEngine(scoped).GapsAsync("441200", "energy-storage");
        Assert.False(scoped.OpenedWhole);

        var page = await scoped.FindCompaniesAsync(new CompanyQuery(RegionCode: "441200"), 5, null);
        Assert.True(scoped.OpenedWhole);
        Assert.Equal(5, page.Items.Count);

        await scoped.ApplyAsync(new ChangeSet { Companies = [new Company("scoped-written", "写入企业", null, null, CompanyTags.None, null)] });
        Assert.Single(await scoped.GetCompaniesAsync(["scoped-written"]));
        await scoped.PingAsync();
    }

    private static string Describe(IReadOnlyList<ChainGap> gaps) =>
        string.Join("\n", gaps.Select(g => $"{g.Segment.Id} {g.Kind} {g.Status} {g.LinkedLocalCompanies} {g.Declared} " +
            string.Join(",", g.Reasons.Select(r => $"{r.AnchorId}/{r.ViaSegmentId}/{r.Direction}")) + " " + string.Join(",", (g.PipelineProjects ?? []).Select(p => p.Id))));

    private void Sql(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _folder.Dispose();
}
