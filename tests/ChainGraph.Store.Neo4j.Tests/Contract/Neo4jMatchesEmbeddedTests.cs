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
/// answer of the Neo4j store equals the embedded store's, for every region and segment.
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
        foreach (var region in regions)
        {
            Assert.Equal(Sorted(await _embedded.GetSegmentPresenceAsync(region, segments)), Sorted(await _neo4j.GetSegmentPresenceAsync(region, segments)));
            Assert.Equal(Describe(await _embedded.GetLocalAnchorsAsync(region)), Describe(await _neo4j.GetLocalAnchorsAsync(region)));
            Assert.Equal(await _embedded.GetProjectsInRegionAsync(region), await _neo4j.GetProjectsInRegionAsync(region));
        }
        foreach (var segment in segments)
        {
            var anchorGroups = (await _embedded.GetLocalAnchorsAsync("441200")).Select(a => a.GroupId).Distinct().ToArray();
            var expected = (await _embedded.GetRecruitCandidatesAsync("441200", segment, anchorGroups)).OrderBy(c => c.CompanyId, StringComparer.Ordinal).Select(Candidate);
            Assert.Equal(expected, (await _neo4j.GetRecruitCandidatesAsync("441200", segment, anchorGroups)).Select(Candidate));
        }
        var companies = (await _embedded.FindCompaniesAsync(new CompanyQuery(), 1000, null)).Items.Select(c => c.Id).ToArray();
        Assert.Equal(Describe(await _embedded.GetCustomersAsync(companies)), Describe(await _neo4j.GetCustomersAsync(companies)));
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
        foreach (var region in (await _embedded.FindRegionsAsync(null, null)).Select(r => r.Code))
        {
            Assert.Equal(Describe(await embedded.CoverageAsync(region, "energy-storage")), Describe(await neo4j.CoverageAsync(region, "energy-storage")));
            Assert.Equal(Describe(await embedded.GapsAsync(region, "energy-storage")), Describe(await neo4j.GapsAsync(region, "energy-storage")));
        }
        foreach (var segment in (await _embedded.GetSegmentsAsync()).Select(s => s.Id))
        {
            Assert.Equal(Describe(await embedded.TargetsAsync("441200", segment, 100)), Describe(await neo4j.TargetsAsync("441200", segment, 100)));
        }
        Assert.Equal(Describe(await embedded.PathsAsync("dynanonic", "xpeng", 6)), Describe(await neo4j.PathsAsync("dynanonic", "xpeng", 6)));
    }

    private static string[] Sorted(IReadOnlyDictionary<string, SegmentPresence> presence) =>
        presence.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}").ToArray();

    private static string[] Describe(IReadOnlyList<LocalAnchor> anchors) =>
        anchors.Select(a => $"{a.CompanyId}/{a.GroupId}:{string.Join(',', a.LeafSegmentIds)}").ToArray();

    private static string[] Describe(IReadOnlyDictionary<string, IReadOnlyList<string>> map) =>
        map.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}:{string.Join(',', kv.Value)}").ToArray();

    private static string[] Describe<T>(IEnumerable<T> items) => items.Select(i => i switch
    {
        ChainGap g => $"{g.Segment.Id}:{g.Kind}:{g.Status}:{string.Join(';', g.Reasons)}",
        RecruitTarget t => $"{t.CompanyId}:{t.Score:R}:{t.AnchorTies}:{t.Credentials}:{t.DistanceKm:R}:{t.InPipeline}:{t.NearestSiteId}:{string.Join(',', t.SuppliesAnchorIds)}",
        SupplyPath p => string.Join('>', p.CompanyIds),
        _ => i?.ToString() ?? "",
    }).ToArray();

    private static string Candidate(RecruitCandidate c) =>
        $"{c.CompanyId}|{c.GroupId}|{c.Tags}|{c.NearestSiteId}|{c.DistanceKm:R}|{string.Join(",", c.TiedGroupIds)}";
}
