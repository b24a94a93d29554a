using System.Text.Json;
using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using static ChainGraph.Store.Neo4j.Tests.Client.TypedRows;

namespace ChainGraph.Store.Neo4j.Tests.Client;

/// <summary>The store's own C# work over canned Query API answers: parameters sent, rows mapped, nearest sites, orderings, batches.</summary>
public sealed class StoreOverQueryApiTests : IAsyncLifetime
{
    private FakeNeo4jServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FakeNeo4jServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_nearest_site_is_computed_with_the_domain_haversine_and_ties_go_to_the_smaller_id()
    {
        _server.Reply(202, Rows(
            ["companyId", "tags", "groupId", "groupLocal", "sites", "regionLat", "regionLon"],
            [Str("senior"), List(Str("SRDI")), Str("senior"), Bool(false), List(List(Str("senior-b"), Flt(22.5431), Flt(114.0579)), List(Str("senior-a"), Flt(22.5431), Flt(114.0579))), Flt(23.0469), Flt(112.4651)],
            [Str("brunp"), List(), Str("catl"), Bool(true), List(List(Str("brunp-fs"), Flt(23.0215), Flt(113.1214))), Flt(23.0469), Flt(112.4651)]));
        await using var harness = ClientHarness.For(_server.Uri);

        var candidates = await harness.Store.GetRecruitCandidatesAsync("441200", "es-separator", []);

        Assert.Equal(
            [
                ("brunp", "catl", true, CompanyTags.None, "brunp-fs", Geo.DistanceKm(23.0469, 112.4651, 23.0215, 113.1214), 0),
                ("senior", "senior", false, CompanyTags.Srdi, "senior-a", Geo.DistanceKm(23.0469, 112.4651, 22.5431, 114.0579), 0),
            ],
            candidates.Select(c => (c.CompanyId, c.GroupId, c.GroupLocal, c.Tags, c.NearestSiteId, c.DistanceKm, c.Ties.Count)).ToArray());
        using var body = JsonDocument.Parse(Assert.Single(_server.Requests).Body);
        Assert.Equal("441200", body.RootElement.GetProperty("parameters").GetProperty("regionCode").GetString());
        Assert.StartsWith("// Companies with a site working in the segment", body.RootElement.GetProperty("statement").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Group_ties_list_the_customer_groups_in_the_order_they_were_asked_for()
    {
        _server.Reply(202, Rows(
            ["supplierGroupId", "customerGroupId", "confidences"],
            [Str("senior"), Str("xpeng"), List(Str("REPORTED"))],
            [Str("senior"), Str("catl"), List(Str("UNVERIFIED"))],
            [Str("catl"), Str("xpeng"), List(Str("VERIFIED"))]));
        await using var harness = ClientHarness.For(_server.Uri);
        var ties = await harness.Store.GetGroupSupplyTiesAsync(["senior", "catl"], ["catl", "xpeng", "catl"]);
        Assert.Equal(["catl", "xpeng"], ties["senior"].Select(t => t.GroupId));
        Assert.Equal(["xpeng"], ties["catl"].Select(t => t.GroupId));
    }

    [Fact]
    public async Task Company_search_uses_the_full_text_index_only_for_han_text_and_reads_the_page()
    {
        var page = Rows(
            ["totalCount", "hasNextPage", "items"],
            [Int(2), Bool(false), List(
                Map(("id", Str("senior")), ("nameZh", Str("星源材质")), ("nameEn", Str("Senior")), ("uscc", Null()), ("tags", List(Str("SRDI"))), ("parentId", Null())),
                Map(("id", Str("senior-hk")), ("nameZh", Str("星源香港")), ("nameEn", Null()), ("uscc", Null()), ("tags", List()), ("parentId", Str("senior"))))]);
        _server.Reply(202, page).Reply(202, page);
        await using var harness = ClientHarness.For(_server.Uri);

        var result = await harness.Store.FindCompaniesAsync(new CompanyQuery(NameContains: "星源"), 10, null);
        await harness.Store.FindCompaniesAsync(new CompanyQuery(NameContains: "semcorp", Tags: CompanyTags.Listed | CompanyTags.HighTech), 10, new PagePosition("a"));

        Assert.Equal((2, false), (result.TotalCount, result.HasNextPage));
        Assert.Equal(
            [new Company("senior", "星源材质", "Senior", null, CompanyTags.Srdi, null), new Company("senior-hk", "星源香港", null, null, CompanyTags.None, "senior")],
            result.Items);
        var first = Parameters(0);
        Assert.Equal(("\"星源\"", "星源"), (first.GetProperty("fullText").GetString(), first.GetProperty("filters")[0].GetProperty("text").GetString()));
        var second = Parameters(1);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("fullText").ValueKind);
        var filter = second.GetProperty("filters")[0];
        Assert.Equal(["HIGH_TECH", "LISTED"], filter.GetProperty("tags").EnumerateArray().Select(t => t.GetString() ?? "").ToArray());
        Assert.Equal(("all", 0), (filter.GetProperty("group").GetString(), second.GetProperty("anyCount").GetInt32()));
        Assert.Equal(("a", "ID"), (second.GetProperty("after").GetProperty("id").GetString(), second.GetProperty("orderField").GetString()));
    }

    [Fact]
    public async Task Sites_of_companies_are_sorted_and_a_company_without_sites_gets_an_empty_list()
    {
        string[] fields = ["owner", "id", "companyId", "nameZh", "regionCode", "lat", "lon", "kind", "segmentIds", "capacity", "since", "source"];
        _server.Reply(202, Rows(
            fields,
            [Str("senior"), Str("senior-b"), Str("senior"), Null(), Str("440300"), Flt(22.5431), Flt(114.0579), Str("PLANT"), List(Str("es-separator")), Null(), Null(), Null()],
            [Str("senior"), Str("senior-a"), Str("senior"), Str("星源深圳总部"), Str("440300"), Flt(22.5431), Flt(114.0579), Str("HQ"), List(Str("es-separator"), Str("es-bms")), Null(), Null(), Null()],
            [Str("senior-hk"), Null(), Null(), Null(), Null(), Null(), Null(), Null(), List(), Null(), Null(), Null()]));
        await using var harness = ClientHarness.For(_server.Uri);
        var sites = await harness.Store.GetSitesOfCompaniesAsync(["senior", "senior-hk", "nobody"]);
        Assert.Equal(["senior-a", "senior-b"], sites["senior"].Select(s => s.Id).ToArray());
        Assert.Equal(["es-separator", "es-bms"], sites["senior"][0].SegmentIds);
        Assert.Equal(SiteKind.Hq, sites["senior"][0].Kind);
        Assert.Empty(sites["senior-hk"]);
        Assert.False(sites.ContainsKey("nobody"));
    }

    [Fact]
    public async Task An_import_runs_its_batches_in_one_transaction_and_empties_the_store_first_when_replacing()
    {
        var deletes = 0;
        _server.Responder = request => request.Path switch
        {
            "/db/neo4j/query/v2/tx" => FakeResponse.Json(202, QueryApiBodies.TransactionOpened),
            "/db/neo4j/query/v2/tx/lyU/commit" => FakeResponse.Json(202, QueryApiBodies.Committed),
            _ when request.Body.Contains("DETACH DELETE", StringComparison.Ordinal) =>
                FakeResponse.Json(202, QueryApiBodies.InTransaction.Replace("\"0\"", deletes++ == 0 ? "\"40\"" : "\"0\"", StringComparison.Ordinal)),
            _ => FakeResponse.Json(202, QueryApiBodies.InTransaction),
        };
        await using var harness = ClientHarness.For(_server.Uri, ("BatchSize", "2"));
        var changes = new ChangeSet
        {
            ReplaceAll = true,
            Chains = Enumerable.Range(0, 5).Select(i => new Chain($"c{i}", null, null)).ToArray(),
            DeletedSupplies = [new SupplyKey("a", "b", null)],
        };
        await harness.Store.ApplyAsync(changes);

        var statements = _server.Requests.Skip(1).SkipLast(1).Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("statement").GetString()!).ToArray();
        Assert.Equal(2, statements.Count(s => s.Contains("DETACH DELETE", StringComparison.Ordinal))); // until a chunk deletes nothing
        Assert.Equal(3, statements.Count(s => s.Contains("MERGE (c:Chain", StringComparison.Ordinal))); // 5 rows in batches of 2
        Assert.Contains("SUPPLIES", statements[^1], StringComparison.Ordinal);
        Assert.EndsWith("/commit", _server.Requests[^1].Path, StringComparison.Ordinal);
    }

    private JsonElement Parameters(int request) => TypedRows.Parameters(_server.Requests[request]);
}
