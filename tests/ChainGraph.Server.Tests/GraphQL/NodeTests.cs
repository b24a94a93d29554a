namespace ChainGraph.Server.Tests.GraphQL;

/// <summary>Global ids: every entity's nodeId fetches the same entity back through node(nodeId:) and nodes(nodeIds:).</summary>
public sealed class NodeTests : IAsyncLifetime
{
    private ServiceHost _host = null!;

    public ValueTask InitializeAsync()
    {
        _host = new ServiceHost();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Every_entity_comes_back_from_its_node_id()
    {
        var r = await _host.PostAsync("""
            { chain(id: "es") { nodeId id }
              segment(id: "es-cathode") { nodeId id }
              region(code: "441200") { nodeId id }
              company(id: "catl-zq") { nodeId id sites { nodeId id } suppliesTo { nodeId id } }
              project: projects(regionCode: "441200") { nodeId id } }
            """);
        Assert.False(r.HasErrors, r.Body.ToString());
        var pairs = new List<(string NodeId, string Id, string Type)>
        {
            (r.Data.GetProperty("chain").GetProperty("nodeId").GetString()!, "es", "Chain"),
            (r.Data.GetProperty("segment").GetProperty("nodeId").GetString()!, "es-cathode", "Segment"),
            (r.Data.GetProperty("region").GetProperty("nodeId").GetString()!, "441200", "Region"),
            (r.Data.GetProperty("company").GetProperty("nodeId").GetString()!, "catl-zq", "Company"),
        };
        var company = r.Data.GetProperty("company");
        pairs.Add((company.GetProperty("sites")[0].GetProperty("nodeId").GetString()!, company.GetProperty("sites")[0].GetProperty("id").GetString()!, "Site"));
        pairs.Add((company.GetProperty("suppliesTo")[0].GetProperty("nodeId").GetString()!, company.GetProperty("suppliesTo")[0].GetProperty("id").GetString()!, "Supply"));
        pairs.Add((r.Data.GetProperty("project")[0].GetProperty("nodeId").GetString()!, r.Data.GetProperty("project")[0].GetProperty("id").GetString()!, "Project"));
        Assert.Equal(pairs.Count, pairs.Select(p => p.NodeId).Distinct().Count());

        foreach (var (nodeId, id, type) in pairs)
        {
            var back = await _host.PostAsync("query($n: ID!) { node(nodeId: $n) { __typename nodeId ... on Region { id } ... on Company { id } ... on Site { id } ... on Segment { id } ... on Chain { id } ... on Project { id } ... on Supply { id } } }", new { n = nodeId });
            Assert.False(back.HasErrors, back.Body.ToString());
            var node = back.Data.GetProperty("node");
            Assert.Equal((type, id, nodeId), (node.GetProperty("__typename").GetString(), node.GetProperty("id").GetString(), node.GetProperty("nodeId").GetString()));
        }

        var many = await _host.PostAsync("query($n: [ID!]!) { nodes(nodeIds: $n) { __typename } }", new { n = pairs.Select(p => p.NodeId).ToArray() });
        Assert.Equal(pairs.Select(p => p.Type), many.Data.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("__typename").GetString()));
    }

    [Fact]
    public async Task A_node_id_that_was_not_handed_out_is_bad_input_and_a_gone_entity_is_null()
    {
        var garbage = await _host.PostAsync("""{ node(nodeId: "catl-zq") { nodeId } }""");
        Assert.Equal("BAD_INPUT", garbage.FirstCode);
        Assert.Contains("nodeId", garbage.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);

        var id = await _host.PostAsync("""{ company(id: "catl-zq") { nodeId } }""");
        var nodeId = id.Data.GetProperty("company").GetProperty("nodeId").GetString()!;
        var r = await _host.PostAsync("query($n: ID!) { node(nodeId: $n) { nodeId } }", new { n = Convert.ToBase64String("Company:nobody"u8).TrimEnd('=').Replace('+', '-').Replace('/', '_') });
        Assert.False(r.HasErrors, r.Body.ToString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, r.Data.GetProperty("node").ValueKind);

        var tooMany = await _host.PostAsync("query($n: [ID!]!) { nodes(nodeIds: $n) { nodeId } }", new { n = Enumerable.Repeat(nodeId, 101).ToArray() });
        Assert.Equal("BAD_INPUT", tooMany.FirstCode);
    }
}
