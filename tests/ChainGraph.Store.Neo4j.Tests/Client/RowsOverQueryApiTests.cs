using System.Text.Json;
using ChainGraph.Domain.Model;
using static ChainGraph.Store.Neo4j.Tests.Client.TypedRows;

namespace ChainGraph.Store.Neo4j.Tests.Client;

/// <summary>
/// Rows of contract version 2 over canned Query API answers: the descriptive company and site fields, supply
/// confidence, undisclosed investments, anchor and region priority rows, their deletes and how an import sends them.
/// </summary>
public sealed class RowsOverQueryApiTests : IAsyncLifetime
{
    private FakeNeo4jServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FakeNeo4jServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Companies_read_back_their_descriptive_fields_from_rows_and_from_search_pages()
    {
        _server.Reply(202, Rows(
            ["id", "nameZh", "nameEn", "uscc", "tags", "parentId", "stockCode", "founded", "employees", "revenueYuanExact", "website", "source"],
            [Str("catl"), Str("宁德时代"), Null(), Null(), List(Str("ANCHOR"), Str("LISTED")), Null(), Str("300750.SZ"), Int(2011), Int(132000), Str("362012554000.00"), Str("https://www.catl.com"), Str("年报 2024")],
            [Str("catl-zq"), Str("瑞庆时代"), Null(), Null(), List(), Str("catl"), Null(), Null(), Null(), Null(), Null(), Null()]));
        _server.Reply(202, Rows(
            ["totalCount", "hasNextPage", "items"],
            [Int(1), Bool(false), List(Map(
                ("id", Str("catl")), ("nameZh", Str("宁德时代")), ("nameEn", Null()), ("uscc", Null()), ("tags", List(Str("ANCHOR"))), ("parentId", Null()),
                ("stockCode", Str("300750.SZ")), ("founded", Int(2011)), ("employees", Int(132000)), ("revenueYuanExact", Str("362012554000.00")),
                ("website", Str("https://www.catl.com")), ("source", Str("年报 2024"))))]));
        await using var harness = ClientHarness.For(_server.Uri);

        var companies = await harness.Store.GetCompaniesAsync(["catl", "catl-zq"]);
        var page = await harness.Store.FindCompaniesAsync(new Domain.Store.CompanyQuery(NameContains: "宁德"), 5, null);

        var catl = new Company("catl", "宁德时代", null, null, CompanyTags.Anchor | CompanyTags.Listed, null, "300750.SZ", 2011, 132000, 362_012_554_000m, "https://www.catl.com", "年报 2024");
        Assert.Equal(catl, companies["catl"]);
        Assert.Equal(new Company("catl-zq", "瑞庆时代", null, null, CompanyTags.None, "catl"), companies["catl-zq"]);
        Assert.Equal(catl with { Tags = CompanyTags.Anchor }, Assert.Single(page.Items));
        Assert.Contains(".revenueYuanExact", Statement(_server.Requests[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sites_supplies_and_projects_read_back_capacity_since_confidence_and_undisclosed_amounts()
    {
        _server.Reply(202, Rows(
            ["id", "companyId", "nameZh", "regionCode", "lat", "lon", "kind", "segmentIds", "capacity", "since", "source"],
            [Str("catl-zq-1"), Str("catl-zq"), Null(), Str("441200-HTZ"), Flt(23.1), Flt(112.8), Str("PLANT"), List(Str("es-ess-cells")), Str("25GWh"), Date("2022-05-30"), Str("官方公众号")],
            [Str("catl-zq-2"), Str("catl-zq"), Null(), Str("441200-HTZ"), Flt(23.1), Flt(112.8), Str("PLANT"), List(Str("es-ess-cells")), Null(), Null(), Null()]));
        string[] supplyFields = ["owner", "supplierId", "customerId", "segmentId", "confidence", "source"];
        _server.Reply(202, Rows(
            supplyFields,
            [Str("catl"), Str("dynanonic"), Str("catl"), Str("es-lfp-cathode"), Str("VERIFIED"), Str("年报")],
            [Str("catl"), Str("hunan-yuneng"), Str("catl"), Str("es-lfp-cathode"), Null(), Null()],
            [Str("catl"), Str("catl"), Str("xpeng"), Null(), Str("UNVERIFIED"), Null()]));
        string[] projectFields = ["id", "nameZh", "companyId", "regionCode", "segmentId", "investmentYuanExact", "status", "statusDate", "source"];
        _server.Reply(202, Rows(
            projectFields,
            [Str("p2"), Str("二阶段"), Str("catl-zq"), Str("441200-HTZ"), Str("es-ess-cells"), Null(), Str("STARTED"), Date("2023-12-28"), Null()],
            [Str("p1"), Str("一期"), Str("catl-zq"), Str("441200-HTZ"), Str("es-ess-cells"), Str("12000000000"), Str("PRODUCING"), Date("2022-05-30"), Null()]));
        await using var harness = ClientHarness.For(_server.Uri);

        var sites = await harness.Store.GetSitesAsync(["catl-zq-1", "catl-zq-2"]);
        var supplies = await harness.Store.GetSuppliesOfCompaniesAsync(["catl"]);
        var projects = await harness.Store.GetProjectsInRegionAsync("441200");

        Assert.Equal(("25GWh", new DateOnly(2022, 5, 30), "官方公众号"), (sites["catl-zq-1"].Capacity, sites["catl-zq-1"].Since, sites["catl-zq-1"].Source));
        Assert.Equal((null, null, null), (sites["catl-zq-2"].Capacity, sites["catl-zq-2"].Since, sites["catl-zq-2"].Source));
        Assert.Equal(
            [("catl", "xpeng", SupplyConfidence.Unverified), ("dynanonic", "catl", SupplyConfidence.Verified), ("hunan-yuneng", "catl", SupplyConfidence.Reported)],
            supplies["catl"].Select(s => (s.SupplierId, s.CustomerId, s.Confidence)));
        Assert.Equal([("p1", (decimal?)12_000_000_000m), ("p2", null)], projects.Select(p => (p.Id, p.InvestmentYuan)));
    }

    [Fact]
    public async Task Anchor_priority_and_project_rows_are_grouped_per_key_in_order_and_keys_without_rows_are_left_out()
    {
        _server.Reply(202, Rows(
            ["companyId", "chainId", "source"],
            [Str("fenghua"), Str("electronics"), Str("肇庆市电子信息产业规划")],
            [Str("catl"), Str("energy-storage"), Null()],
            [Str("catl"), Str("auto"), Null()]));
        _server.Reply(202, Rows(
            ["regionCode", "segmentId", "source"],
            [Str("441200"), Str("es-pcs"), Str("肇庆市新型储能产业发展规划")],
            [Str("441200"), Str("es-bms"), Null()]));
        string[] fields = ["owner", "id", "nameZh", "companyId", "regionCode", "segmentId", "investmentYuanExact", "status", "statusDate", "source"];
        _server.Reply(202, Rows(
            fields,
            [Str("tailg"), Str("zq-tailg-b"), Str("台铃二期"), Str("tailg"), Str("441200"), Null(), Null(), Str("LEAD"), Date("2024-06-01"), Null()],
            [Str("tailg"), Str("zq-tailg-a"), Str("台铃"), Str("tailg"), Str("441200"), Str("es-ev"), Str("1000000000"), Str("SIGNED"), Date("2024-03-01"), Null()]));
        await using var harness = ClientHarness.For(_server.Uri);

        var anchors = await harness.Store.GetAnchorsOfCompaniesAsync(["fenghua", "catl", "nobody-anchors", "unknown"]);
        var priorities = await harness.Store.GetRegionPrioritiesAsync(["441200", "440300", "000000"]);
        var projects = await harness.Store.GetProjectsOfCompaniesAsync(["tailg", "idle", "unknown"]);

        Assert.Equal([new Anchor("fenghua", "electronics", "肇庆市电子信息产业规划")], anchors["fenghua"]);
        Assert.Equal(["auto", "energy-storage"], anchors["catl"].Select(a => a.ChainId));
        Assert.Equal(["catl", "fenghua"], anchors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([new RegionPriority("441200", "es-bms", null), new RegionPriority("441200", "es-pcs", "肇庆市新型储能产业发展规划")], priorities["441200"]);
        Assert.Equal(["441200"], priorities.Keys);
        Assert.Equal(["zq-tailg-a", "zq-tailg-b"], projects["tailg"].Select(p => p.Id));
        Assert.Equal([1_000_000_000m, null], projects["tailg"].Select(p => p.InvestmentYuan));
        Assert.Equal(["tailg"], projects.Keys);
        Assert.Equal(["441200", "440300", "000000"], Parameters(_server.Requests[1]).GetProperty("codes").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Stats_count_anchor_and_priority_rows()
    {
        string[] fields = ["chains", "regions", "segments", "flows", "companies", "sites", "siteSegments", "supplies", "projects", "anchors", "regionPriorities"];
        _server.Reply(202, Rows(fields, fields.Select((_, i) => Int(i + 1)).ToArray()));
        await using var harness = ClientHarness.For(_server.Uri);

        var stats = await harness.Store.GetStatsAsync();

        Assert.Equal(new GraphStats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), stats);
        Assert.Contains("COUNT { MATCH (:Company)-[:ANCHOR_OF]->(:Chain) } AS anchors", Statement(_server.Requests[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_anchors_and_priorities_sends_distinct_keys_once_and_returns_how_many_existed()
    {
        _server.Reply(202, Rows(["deleted"], [Int(1)]));
        _server.Reply(503, """{"errors": [{"code": "Neo.TransientError.General.DatabaseUnavailable", "message": "down"}]}""");
        await using var harness = ClientHarness.For(_server.Uri);

        var deleted = await harness.Store.DeleteAnchorsAsync([new AnchorKey("fenghua", "energy-storage"), new AnchorKey("fenghua", "energy-storage"), new AnchorKey("aoshikang", "energy-storage")]);
        await Assert.ThrowsAsync<Domain.Store.StoreUnavailableException>(() => harness.Store.DeleteRegionPrioritiesAsync([new RegionPriorityKey("441200", "es-bms")]).AsTask());

        Assert.Equal(1, deleted);
        Assert.Equal(2, _server.Requests.Count); // the failed delete is not retried: a retry would count 0
        var keys = Parameters(_server.Requests[0]).GetProperty("keys").EnumerateArray().Select(k => (k.GetProperty("companyId").GetString(), k.GetProperty("chainId").GetString()));
        Assert.Equal([("fenghua", "energy-storage"), ("aoshikang", "energy-storage")], keys);
        Assert.Contains("ANCHOR_OF", Statement(_server.Requests[0]), StringComparison.Ordinal);
        var priority = Assert.Single(Parameters(_server.Requests[1]).GetProperty("keys").EnumerateArray());
        Assert.Equal(("441200", "es-bms"), (priority.GetProperty("regionCode").GetString(), priority.GetProperty("segmentId").GetString()));
        Assert.Equal(0, await harness.Store.DeleteAnchorsAsync([]));
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task An_import_writes_anchor_and_priority_rows_after_their_nodes_and_deletes_last_in_the_same_transaction()
    {
        _server.Responder = request => request.Path switch
        {
            "/db/neo4j/query/v2/tx" => FakeResponse.Json(202, QueryApiBodies.TransactionOpened),
            "/db/neo4j/query/v2/tx/lyU/commit" => FakeResponse.Json(202, QueryApiBodies.Committed),
            _ => FakeResponse.Json(202, QueryApiBodies.InTransaction),
        };
        await using var harness = ClientHarness.For(_server.Uri);
        var changes = new ChangeSet
        {
            Chains = [new Chain("electronics", "电子信息", null)],
            Companies = [new Company("fenghua", "风华高科", null, null, CompanyTags.None, null)],
            Anchors = [new Anchor("fenghua", "electronics", "规划")],
            RegionPriorities = [new RegionPriority("441200", "es-bms", null)],
            Supplies = [new Supply("a", "b", null, null, SupplyConfidence.Unverified)],
            DeletedSupplies = [new SupplyKey("a", "c", null)],
            DeletedAnchors = [new AnchorKey("fenghua", "energy-storage")],
            DeletedRegionPriorities = [new RegionPriorityKey("441200", "es-pcs")],
        };

        await harness.Store.ApplyAsync(changes);

        var statements = _server.Requests.Skip(1).SkipLast(1).Select(Statement).ToArray();
        Assert.All(_server.Requests.Skip(1).SkipLast(1), r => Assert.StartsWith("/db/neo4j/query/v2/tx/lyU", r.Path, StringComparison.Ordinal));
        int At(string text) => Array.FindIndex(statements, s => s.Contains(text, StringComparison.Ordinal));
        Assert.True(At("MERGE (c:Chain") < At("MERGE (c:Company") && At("MERGE (c:Company") < At("MERGE (c)-[a:ANCHOR_OF]"));
        Assert.True(At("MERGE (r)-[p:PRIORITY]") >= 0 && At("MERGE (a)-[r:SUPPLIES") < At("DELETE r"));
        Assert.Equal(3, statements[^3..].Count(s => s.Contains("DELETE", StringComparison.Ordinal)));
        var supply = Assert.Single(Parameters(_server.Requests[1 + At("MERGE (a)-[r:SUPPLIES")]).GetProperty("rows").EnumerateArray());
        Assert.Equal("UNVERIFIED", supply.GetProperty("confidence").GetString());
        var anchor = Assert.Single(Parameters(_server.Requests[1 + At("MERGE (c)-[a:ANCHOR_OF]")]).GetProperty("rows").EnumerateArray());
        Assert.Equal(("fenghua", "electronics", "规划"), (anchor.GetProperty("companyId").GetString(), anchor.GetProperty("chainId").GetString(), anchor.GetProperty("source").GetString()));
        Assert.Equal(JsonValueKind.Null, Parameters(_server.Requests[1 + At("MERGE (r)-[p:PRIORITY]")]).GetProperty("rows")[0].GetProperty("source").ValueKind);
        Assert.EndsWith("/commit", _server.Requests[^1].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_large_import_deletes_anchor_and_priority_rows_in_batches_of_its_own()
    {
        _server.Responder = _ => FakeResponse.Json(202, Rows(["deleted"], [Int(0)]));
        await using var harness = ClientHarness.For(_server.Uri, ("BatchSize", "2"), ("MaxTransactionalRows", "2"));
        var changes = new ChangeSet
        {
            DeletedAnchors = Enumerable.Range(0, 3).Select(i => new AnchorKey($"c{i}", "x")).ToArray(),
            DeletedRegionPriorities = [new RegionPriorityKey("441200", "es-pcs")],
        };

        await harness.Store.ApplyAsync(changes);

        Assert.Equal([2, 1, 1], _server.Requests.Select(r => Parameters(r).GetProperty("keys").GetArrayLength()));
        Assert.All(_server.Requests, r => Assert.Equal("/db/neo4j/query/v2", r.Path));
    }
}
