using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using static ChainGraph.Store.Neo4j.Tests.Client.TypedRows;

namespace ChainGraph.Store.Neo4j.Tests.Client;

/// <summary>
/// The engine's computed reads over canned Query API answers: the chain they are asked for reaches the Cypher,
/// group-local candidates, ties weighted by their best-backed supply row, local companies, national counts.
/// </summary>
public sealed class AnalysisReadsOverQueryApiTests : IAsyncLifetime
{
    private FakeNeo4jServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FakeNeo4jServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Presence_and_local_anchors_are_asked_for_the_chain_of_the_question()
    {
        _server.Reply(202, Rows(
            ["segmentId", "companyCount", "siteCount", "anchorCount"],
            [Str("es-bms"), Int(3), Int(4), Int(1)]));
        _server.Reply(202, Rows(
            ["companyId", "groupId", "leafSegmentIds"],
            [Str("fenghua"), Str("fenghua"), List(Str("ec-mlcc"))],
            [Str("catl-zq"), Str("catl"), List(Str("es-power-cells"), Str("es-ess-cells"), Str("es-ess-cells"))]));
        await using var harness = ClientHarness.For(_server.Uri);

        var presence = await harness.Store.GetSegmentPresenceAsync("441200", "electronics", ["es-bms", "es-bms", "es-pcs"]);
        var anchors = await harness.Store.GetLocalAnchorsAsync("441200", "electronics");

        Assert.Equal(new SegmentPresence(3, 4, 1), Assert.Single(presence).Value);
        Assert.Equal(["catl-zq", "fenghua"], anchors.Select(a => a.CompanyId));
        Assert.Equal(["es-ess-cells", "es-power-cells"], anchors[0].LeafSegmentIds);
        var first = Parameters(_server.Requests[0]);
        Assert.Equal(("441200", "electronics"), (first.GetProperty("regionCode").GetString(), first.GetProperty("chainId").GetString()));
        Assert.Equal(["es-bms", "es-pcs"], first.GetProperty("segmentIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("electronics", Parameters(_server.Requests[1]).GetProperty("chainId").GetString());
        Assert.All(_server.Requests, r => Assert.Contains("ANCHOR_OF", Statement(r), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Local_companies_come_in_code_point_order_per_segment()
    {
        _server.Reply(202, Rows(
            ["segmentId", "companyIds"],
            [Str("es-ess-cells"), List(Str("b"), Str("B"), Str("a"), Str("b"))],
            [Str("es-pcs"), List()]));
        await using var harness = ClientHarness.For(_server.Uri);

        var local = await harness.Store.GetLocalCompaniesAsync("441200", ["es-ess-cells", "es-pcs", "es-bms"]);

        Assert.Equal(["B", "a", "b"], local["es-ess-cells"]);
        Assert.False(local.ContainsKey("es-pcs"));
        Assert.Empty(await harness.Store.GetLocalCompaniesAsync("441200", []));
        Assert.Single(_server.Requests); // nothing asked for, nothing sent
    }

    [Fact]
    public async Task Candidates_say_whether_their_group_is_local_and_carry_ties_weighted_by_the_best_supply_row()
    {
        _server.Reply(202, Rows(
            ["companyId", "tags", "groupId", "groupLocal", "sites", "regionLat", "regionLon"],
            [Str("brunp"), List(), Str("catl"), Bool(true), List(List(Str("brunp-fs"), Flt(23.0215), Flt(113.1214))), Flt(23.0469), Flt(112.4651)],
            [Str("senior"), List(Str("SRDI")), Str("senior"), Bool(false), List(List(Str("senior-a"), Flt(22.5431), Flt(114.0579))), Flt(23.0469), Flt(112.4651)],
            [Str("lonely"), List(), Str("lonely"), Bool(false), List(List(Str("lonely-a"), Flt(30), Flt(120))), Flt(23.0469), Flt(112.4651)]));
        _server.Reply(202, Rows(
            ["supplierGroupId", "customerGroupId", "confidences"],
            [Str("senior"), Str("xpeng"), List(Str("UNVERIFIED"), Str("VERIFIED"))],
            [Str("senior"), Str("catl"), List(Str("UNVERIFIED"))],
            [Str("catl"), Str("catl"), List(Str("REPORTED"), Str("UNVERIFIED"))],
            [Str("catl"), Str("xpeng"), List(Str("unverified"))]));
        await using var harness = ClientHarness.For(_server.Uri);

        var candidates = (await harness.Store.GetRecruitCandidatesAsync("441200", "es-separator", ["xpeng", "catl"])).ToArray();

        Assert.Equal(["brunp", "lonely", "senior"], candidates.Select(c => c.CompanyId));
        Assert.Equal([true, false, false], candidates.Select(c => c.GroupLocal));
        // the groups in the order asked for (xpeng, catl), each with the largest weight of its rows
        Assert.Equal([new GroupTie("xpeng", 0.3), new GroupTie("catl", 0.6)], candidates[0].Ties);
        Assert.Empty(candidates[1].Ties);
        Assert.Equal([new GroupTie("xpeng", 1.0), new GroupTie("catl", 0.3)], candidates[2].Ties);
        var ties = Parameters(_server.Requests[1]);
        Assert.Equal(["xpeng", "catl"], ties.GetProperty("groupIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["catl", "lonely", "senior"], ties.GetProperty("supplierGroupIds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Candidates_without_anchor_groups_are_not_asked_for_ties()
    {
        _server.Reply(202, Rows(
            ["companyId", "tags", "groupId", "groupLocal", "sites", "regionLat", "regionLon"],
            [Str("brunp"), List(), Str("catl"), Bool(true), List(List(Str("brunp-fs"), Flt(23.0215), Flt(113.1214))), Flt(23.0469), Flt(112.4651)]));
        await using var harness = ClientHarness.For(_server.Uri);

        var candidate = Assert.Single(await harness.Store.GetRecruitCandidatesAsync("441200", "es-separator", []));

        Assert.Empty(candidate.Ties);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_supply_row_without_a_confidence_weighs_as_reported()
    {
        _server.Reply(202, Rows(
            ["supplierGroupId", "customerGroupId", "confidences"],
            [Str("senior"), Str("catl"), List(Str("REPORTED"))]));
        await using var harness = ClientHarness.For(_server.Uri);

        var ties = await harness.Store.GetGroupSupplyTiesAsync(["senior"], ["catl"]);

        Assert.Equal([new GroupTie("catl", ConfidenceWeights.Of(SupplyConfidence.Reported))], ties["senior"]);
        // rows written before contract version 2 have no confidence: the Cypher reads them as REPORTED
        Assert.Contains("coalesce(supply.confidence, 'REPORTED')", Statement(_server.Requests[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task National_counts_read_the_segment_rows_and_the_chain_total()
    {
        _server.Reply(202, Rows(
            ["segmentId", "companyCount"],
            [Str("es-bms"), Int(4)],
            [Str("es-cells"), Int(9)],
            [Null(), Int(12)]));
        _server.Reply(202, Rows(["segmentId", "companyCount"], [Null(), Int(0)]));
        await using var harness = ClientHarness.For(_server.Uri);

        var counts = await harness.Store.GetChainCompanyCountsAsync("energy-storage");
        var empty = await harness.Store.GetChainCompanyCountsAsync("nothing-yet");

        Assert.Equal(12, counts.Total);
        Assert.Equal([("es-bms", 4), ("es-cells", 9)], counts.BySegment.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)));
        Assert.Equal((0, 0), (empty.Total, empty.BySegment.Count));
        Assert.Equal("energy-storage", Parameters(_server.Requests[0]).GetProperty("chainId").GetString());
    }
}
