using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Import;
using ChainGraph.Store.Embedded;
using ChainGraph.Store.Neo4j.Tests.Infrastructure;
using ChainGraph.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Store.Neo4j.Tests.Contract;

/// <summary>
/// Beyond the hand-worked contract: on the whole graph-seed data set, every port answer and every engine
/// answer of the Neo4j store equals the embedded store's, for every region, chain and segment.
/// </summary>
[Collection(SharedNeo4jDatabase.Name)]
public sealed class Neo4jMatchesEmbeddedTests : IAsyncLifetime
{
    private readonly TempFolder _folder;
    private EmbeddedGraphStore _embedded = null!;
    private Neo4jGraphStore _neo4j = null!;
    private ServiceProvider? _provider;

    public Neo4jMatchesEmbeddedTests()
    {
        // skipped before anything is made, as no DisposeAsync follows a skip here
        Neo4jAvailability.SkipUnlessAvailable();
        _folder = new TempFolder();
    }

    public async ValueTask InitializeAsync()
    {
        _embedded = EmbeddedGraphStore.Open(_folder.File("chaingraph.db"));
        (_neo4j, _provider) = await Neo4jStoreFactory.CreateEmptyAsync();
        foreach (var store in new IGraphStore[] { _embedded, _neo4j })
        {
            var result = await DataSetImporter.RunAsync(Repo.GraphSeed, store, replace: false, apply: true);
            Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _embedded.Dispose();
        _folder.Dispose();
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }

    [Fact]
    public async Task Port_answers_are_the_same()
    {
        Assert.Equal(await _embedded.GetStatsAsync(), await _neo4j.GetStatsAsync());
        Assert.Equal(await _embedded.GetChainsAsync(), await _neo4j.GetChainsAsync());
        Assert.Equal(await _embedded.GetSegmentsAsync(), await _neo4j.GetSegmentsAsync());
        Assert.Equal(await _embedded.GetFlowsAsync(), await _neo4j.GetFlowsAsync());
        var regions = (await _embedded.FindRegionsAsync(null, null)).Select(r => r.Code).ToArray();
        Assert.Equal(await _embedded.FindRegionsAsync(null, null), await _neo4j.FindRegionsAsync(null, null));
        Assert.Equal(await _embedded.FindRegionsAsync(RegionLevel.City, "440000"), await _neo4j.FindRegionsAsync(RegionLevel.City, "440000"));
        var segments = (await _embedded.GetSegmentsAsync()).Select(s => s.Id).ToArray();
        var chains = (await _embedded.GetChainsAsync()).Select(c => c.Id).ToArray();
        foreach (var region in regions)
        {
            foreach (var chain in chains)
            {
                Assert.Equal(Sorted(await _embedded.GetSegmentPresenceAsync(region, chain, segments)), Sorted(await _neo4j.GetSegmentPresenceAsync(region, chain, segments)));
                Assert.Equal(Describe(await _embedded.GetLocalAnchorsAsync(region, chain)), Describe(await _neo4j.GetLocalAnchorsAsync(region, chain)));
            }
            Assert.Equal(Describe(await _embedded.GetLocalCompaniesAsync(region, segments)), Describe(await _neo4j.GetLocalCompaniesAsync(region, segments)));
            Assert.Equal(await _embedded.GetProjectsInRegionAsync(region), await _neo4j.GetProjectsInRegionAsync(region));
        }
        Assert.Equal(Describe(await _embedded.GetRegionPrioritiesAsync(regions)), Describe(await _neo4j.GetRegionPrioritiesAsync(regions)));
        foreach (var chain in chains)
        {
            Assert.Equal(Describe(await _embedded.GetChainCompanyCountsAsync(chain)), Describe(await _neo4j.GetChainCompanyCountsAsync(chain)));
        }
        var bySegmentChain = (await _embedded.GetSegmentsAsync()).ToDictionary(s => s.Id, s => s.ChainId);
        foreach (var segment in segments)
        {
            var anchorGroups = (await _embedded.GetLocalAnchorsAsync("441200", bySegmentChain[segment])).Select(a => a.GroupId).Distinct().ToArray();
            var expected = (await _embedded.GetRecruitCandidatesAsync("441200", segment, anchorGroups)).OrderBy(c => c.CompanyId, StringComparer.Ordinal).Select(Candidate);
            Assert.Equal(expected, (await _neo4j.GetRecruitCandidatesAsync("441200", segment, anchorGroups)).Select(Candidate));
        }
        var companies = (await _embedded.FindCompaniesAsync(new CompanyQuery(), 1000, null)).Items.Select(c => c.Id).ToArray();
        Assert.Equal(Describe(await _embedded.GetCustomersAsync(companies)), Describe(await _neo4j.GetCustomersAsync(companies)));
        Assert.Equal(Describe(await _embedded.GetAnchorsOfCompaniesAsync(companies)), Describe(await _neo4j.GetAnchorsOfCompaniesAsync(companies)));
        var embeddedProjects = await _embedded.GetProjectsOfCompaniesAsync(companies);
        var neo4jProjects = await _neo4j.GetProjectsOfCompaniesAsync(companies);
        foreach (var company in companies)
        {
            Assert.Equal(embeddedProjects.GetValueOrDefault(company) ?? [], neo4jProjects.GetValueOrDefault(company) ?? []);
        }
        Assert.Equal(Describe(await _embedded.GetSuppliesOfCompaniesAsync(companies)), Describe(await _neo4j.GetSuppliesOfCompaniesAsync(companies)));
        Assert.Equal(Describe(await _embedded.GetSitesOfCompaniesAsync(companies)), Describe(await _neo4j.GetSitesOfCompaniesAsync(companies)));
        Assert.Equal(
            (await _embedded.GetCompaniesAsync(companies)).OrderBy(kv => kv.Key, StringComparer.Ordinal),
            (await _neo4j.GetCompaniesAsync(companies)).OrderBy(kv => kv.Key, StringComparer.Ordinal));
        foreach (var query in new[] { new CompanyQuery(), new CompanyQuery(NameContains: "时代"), new CompanyQuery(NameContains: "catl"), new CompanyQuery(RegionCode: "440000", SegmentId: "es-cells", Tags: CompanyTags.Listed) })
        {
            var e = await _embedded.FindCompaniesAsync(query, 7, null);
            var n = await _neo4j.FindCompaniesAsync(query, 7, null);
            Assert.Equal((e.TotalCount, e.HasNextPage), (n.TotalCount, n.HasNextPage));
            Assert.Equal(e.Items, n.Items);
        }
    }

    [Fact]
    public async Task Engine_answers_are_the_same_for_every_region()
    {
        var embedded = new ChainEngine(_embedded);
        var neo4j = new ChainEngine(_neo4j);
        var regions = (await _embedded.FindRegionsAsync(null, null)).Select(r => r.Code).ToArray();
        var chains = (await _embedded.GetChainsAsync()).Select(c => c.Id).ToArray();
        foreach (var region in regions)
        {
            foreach (var chain in chains)
            {
                Assert.Equal(Describe(await embedded.CoverageAsync(region, chain)), Describe(await neo4j.CoverageAsync(region, chain)));
                Assert.Equal(Describe(await embedded.GapsAsync(region, chain)), Describe(await neo4j.GapsAsync(region, chain)));
            }
        }
        foreach (var segment in (await _embedded.GetSegmentsAsync()).Select(s => s.Id))
        {
            foreach (var scope in Enum.GetValues<RecruitScope>())
            {
                Assert.Equal(Describe(await embedded.TargetsAsync("441200", segment, 100, scope: scope)), Describe(await neo4j.TargetsAsync("441200", segment, 100, scope: scope)));
            }
        }
        var cities = (await _embedded.FindRegionsAsync(RegionLevel.City, "440000")).Select(r => r.Code).Take(5).ToArray();
        var companies = (await _embedded.FindCompaniesAsync(new CompanyQuery(), 5, null)).Items.Select(c => c.Id).ToArray();
        foreach (var chain in chains)
        {
            Assert.Equal(Describe(await embedded.CompareRegionsAsync(cities, chain)), Describe(await neo4j.CompareRegionsAsync(cities, chain)));
            Assert.Equal(
                Describe(await embedded.SimulateRecruitmentAsync("441200", chain, companies)),
                Describe(await neo4j.SimulateRecruitmentAsync("441200", chain, companies)));
        }
        Assert.Equal(Describe(await embedded.PathsAsync("dynanonic", "xpeng", 6)), Describe(await neo4j.PathsAsync("dynanonic", "xpeng", 6)));
    }

    private static string[] Sorted(IReadOnlyDictionary<string, SegmentPresence> presence) =>
        presence.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}").ToArray();

    private static string[] Describe(IReadOnlyList<LocalAnchor> anchors) =>
        anchors.Select(a => $"{a.CompanyId}/{a.GroupId}:{string.Join(',', a.LeafSegmentIds)}").ToArray();

    private static string[] Describe(ChainCompanyCounts counts) =>
        [$"total={counts.Total}", .. counts.BySegment.Where(kv => kv.Value > 0).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")];

    private static string[] Describe<T>(IReadOnlyDictionary<string, IReadOnlyList<T>> map) =>
        map.Where(kv => kv.Value.Count > 0)
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => $"{kv.Key}:{string.Join(',', Describe(kv.Value))}")
            .ToArray();

    private static string[] Describe<T>(IEnumerable<T> items) => items.Select(i => i switch
    {
        SegmentCoverage c => $"{c.Segment.Id}:{c.Status}:{c.LocalCompanyCount}:{c.LocalSiteCount}:{c.LocalAnchorCount}:{c.PipelineProjectCount}:{c.PipelineInvestmentYuan}:{c.Declared}",
        ChainGap g => $"{g.Segment.Id}:{g.Kind}:{g.Status}:{string.Join(';', g.Reasons)}:{g.AnchorCount}:{g.LinkedLocalCompanies}:{g.Declared}:{g.Committed}:{string.Join(',', g.Pipeline.Select(p => p.Id))}",
        RecruitTarget t => $"{t.CompanyId}:{t.Score:R}:{t.AnchorTies}:{t.TieStrength:R}:{t.Credentials}:{t.DistanceKm:R}:{t.InPipeline}:{t.GroupLocal}:{t.NearestSiteId}:{string.Join(',', t.SuppliesAnchorIds)}",
        RegionComparisonRow r => $"{r.Segment.Id}:{string.Join(';', r.Cells.Select(c => $"{c.RegionCode}={c.LocalCompanyCount}/{c.Status}/{c.LocationQuotient:R}"))}",
        SupplyPath p => string.Join('>', p.CompanyIds),
        Site s => $"{s.Id}/{s.CompanyId}/{s.NameZh}/{s.RegionCode}/{s.Lat:R}/{s.Lon:R}/{s.Kind}/{string.Join('+', s.SegmentIds)}/{s.Capacity}/{s.Since}/{s.Source}",
        _ => i?.ToString() ?? "",
    }).ToArray();

    private static string[] Describe(RecruitmentSimulation s) =>
    [
        $"{s.GapsBefore}->{s.GapsAfter}",
        .. Describe(s.ClosedGaps).Select(g => "closed " + g),
        .. Describe(s.NewGaps).Select(g => "new " + g),
        .. s.ChangedGaps.Select(c => $"changed {c.Segment.Id}:{c.KindBefore}->{c.KindAfter}:{c.StatusBefore}->{c.StatusAfter}"),
        .. s.CoverageChanges.Select(c => $"coverage {c.Segment.Id}:{c.CountBefore}->{c.CountAfter}:{c.StatusBefore}->{c.StatusAfter}"),
    ];

    private static string Candidate(RecruitCandidate c) =>
        $"{c.CompanyId}|{c.GroupId}|{c.GroupLocal}|{c.Tags}|{c.NearestSiteId}|{c.DistanceKm:R}|{string.Join(",", c.Ties.Select(t => $"{t.GroupId}={t.Weight:R}"))}";
}
