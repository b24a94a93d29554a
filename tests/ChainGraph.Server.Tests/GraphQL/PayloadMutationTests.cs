using ChainGraph.Server.Security;

namespace ChainGraph.Server.Tests.GraphQL;

/// <summary>save…/remove… mutations return what they changed; the contract's upsert…/delete… keep their Boolean answers.</summary>
public sealed class PayloadMutationTests : IAsyncLifetime
{
    private const string Editor = "payload-editor";
    private const string Reader = "payload-reader";
    private ServiceHost _host = null!;

    public ValueTask InitializeAsync()
    {
        _host = new ServiceHost(settings: new Dictionary<string, string?>
        {
            ["ChainGraph:Security:ApiKeys:0:Name"] = "curator",
            ["ChainGraph:Security:ApiKeys:0:Sha256"] = ApiKeyAuthenticator.Hash(Editor),
            ["ChainGraph:Security:ApiKeys:0:Role"] = "Editor",
            ["ChainGraph:Security:ApiKeys:1:Name"] = "viewer",
            ["ChainGraph:Security:ApiKeys:1:Sha256"] = ApiKeyAuthenticator.Hash(Reader),
            ["ChainGraph:Security:ApiKeys:1:Role"] = "Reader",
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Save_supply_returns_the_stored_row_and_whether_it_is_new()
    {
        const string save = """
            mutation($s: SupplyInput!) { saveSupply(input: $s) { created supply { nodeId id confidence source supplier { id } customer { id } segment { id } } } }
            """;
        var input = new { supplierId = "semcorp", customerId = "xpeng", segmentId = "es-separator", source = "2024年年度报告", confidence = "VERIFIED" };
        var first = await _host.PostAsync(save, new { s = input }, Editor);
        Assert.False(first.HasErrors, first.Body.ToString());
        var payload = first.Data.GetProperty("saveSupply");
        Assert.True(payload.GetProperty("created").GetBoolean());
        var supply = payload.GetProperty("supply");
        Assert.Equal(("semcorp>xpeng>es-separator", "VERIFIED", "2024年年度报告"), (supply.GetProperty("id").GetString(), supply.GetProperty("confidence").GetString(), supply.GetProperty("source").GetString()));

        var again = await _host.PostAsync(save, new { s = input with { confidence = "REPORTED" } }, Editor);
        Assert.False(again.Data.GetProperty("saveSupply").GetProperty("created").GetBoolean());
        Assert.Equal("REPORTED", again.Data.GetProperty("saveSupply").GetProperty("supply").GetProperty("confidence").GetString());

        const string remove = """mutation { removeSupply(supplierId: "semcorp", customerId: "xpeng", segmentId: "es-separator") { removed removedNodeId } }""";
        var removed = await _host.PostAsync(remove, apiKey: Editor);
        Assert.True(removed.Data.GetProperty("removeSupply").GetProperty("removed").GetBoolean());
        Assert.Equal(supply.GetProperty("nodeId").GetString(), removed.Data.GetProperty("removeSupply").GetProperty("removedNodeId").GetString());
        Assert.False((await _host.PostAsync(remove, apiKey: Editor)).Data.GetProperty("removeSupply").GetProperty("removed").GetBoolean());

        var node = await _host.PostAsync("query($n: ID!) { node(nodeId: $n) { nodeId } }", new { n = supply.GetProperty("nodeId").GetString() });
        Assert.Equal(System.Text.Json.JsonValueKind.Null, node.Data.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Save_anchor_and_priority_return_their_rows_and_bad_input_is_named()
    {
        var anchor = await _host.PostAsync("""mutation { saveAnchor(companyId: "fenghua", chainId: "es", source: "plan") { created source company { id anchorOf { id } } chain { id } } }""", apiKey: Editor);
        Assert.False(anchor.HasErrors, anchor.Body.ToString());
        var a = anchor.Data.GetProperty("saveAnchor");
        Assert.True(a.GetProperty("created").GetBoolean());
        Assert.Contains(a.GetProperty("company").GetProperty("anchorOf").EnumerateArray(), c => c.GetProperty("id").GetString() == "es");
        Assert.Equal("plan", a.GetProperty("source").GetString());

        var priority = await _host.PostAsync("""mutation { saveRegionPriority(regionCode: "441200", segmentId: "es-bms") { created priority { segmentId } region { priorities { segmentId } } } }""", apiKey: Editor);
        Assert.False(priority.HasErrors, priority.Body.ToString());
        Assert.Contains(priority.Data.GetProperty("saveRegionPriority").GetProperty("region").GetProperty("priorities").EnumerateArray(), p => p.GetProperty("segmentId").GetString() == "es-bms");
        var removed = await _host.PostAsync("""mutation { removeRegionPriority(regionCode: "441200", segmentId: "es-bms") { removed } removeAnchor(companyId: "fenghua", chainId: "es") { removed } }""", apiKey: Editor);
        Assert.True(removed.Data.GetProperty("removeRegionPriority").GetProperty("removed").GetBoolean());
        Assert.True(removed.Data.GetProperty("removeAnchor").GetProperty("removed").GetBoolean());

        var bad = await _host.PostAsync("""mutation { saveAnchor(companyId: "fenghua", chainId: "nochain") { created } }""", apiKey: Editor);
        Assert.True(bad.HasErrors);
        Assert.Contains("nochain", bad.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);

        var reader = await _host.PostAsync("""mutation { saveAnchor(companyId: "fenghua", chainId: "es") { created } }""", apiKey: Reader);
        Assert.Equal("FORBIDDEN", reader.FirstCode);
    }
}
