using System.Text.Json;
using ModelContextProtocol.Client;

namespace ChainGraph.Server.Tests.Mcp;

/// <summary>
/// What an agent sees, whatever the transport: the tools and their schemas, each tool's answer on the mini fixture,
/// and each kind of bad argument answered as a tool error with GraphQL's code and message.
/// </summary>
public abstract class McpContract
{
    private static readonly string[] Tools =
        ["chainCoverage", "chainGaps", "compareRegions", "projectPipeline", "recruitTargets", "search", "simulateRecruitment", "supplyPaths"];

    protected abstract McpClient Client { get; }

    [Fact]
    public async Task Offers_eight_read_only_tools_with_descriptions_ranges_and_output_schemas()
    {
        var tools = await Client.ListToolsAsync();
        Assert.Equal(Tools, tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        foreach (var tool in tools.Select(t => t.ProtocolTool))
        {
            Assert.True(tool.Description is { Length: > 100 }, tool.Name);
            Assert.True(tool.Annotations is { ReadOnlyHint: true, DestructiveHint: false, OpenWorldHint: false }, tool.Name);
            Assert.Equal(JsonValueKind.Object, tool.OutputSchema?.ValueKind);
            Assert.DoesNotContain("\"type\":[", tool.InputSchema.GetRawText().Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal); // one type per argument
            foreach (var property in tool.InputSchema.GetProperty("properties").EnumerateObject())
            {
                Assert.True(property.Value.TryGetProperty("description", out _), $"{tool.Name}.{property.Name} has no description");
            }
        }
        var schema = (string tool, string argument) => tools.Single(t => t.Name == tool).ProtocolTool.InputSchema.GetProperty("properties").GetProperty(argument);
        Assert.Equal((1, 1000, 2), (schema("chainGaps", "weakBelow").GetProperty("minimum").GetInt32(), schema("chainGaps", "weakBelow").GetProperty("maximum").GetInt32(), schema("chainGaps", "weakBelow").GetProperty("default").GetInt32()));
        Assert.Equal((1, 100), (schema("recruitTargets", "first").GetProperty("minimum").GetInt32(), schema("recruitTargets", "first").GetProperty("maximum").GetInt32()));
        Assert.Equal(["NEW", "EXPANSION", "ALL"], schema("recruitTargets", "scope").GetProperty("enum").EnumerateArray().Select(x => x.GetString()));
        var weight = schema("recruitTargets", "weights").GetProperty("properties").GetProperty("anchorTies");
        Assert.Equal(0, weight.GetProperty("minimum").GetInt32());
        Assert.False(weight.TryGetProperty("maximum", out _));
        Assert.Equal((2, 10), (schema("compareRegions", "regionCodes").GetProperty("minItems").GetInt32(), schema("compareRegions", "regionCodes").GetProperty("maxItems").GetInt32()));
        Assert.Equal((1, 6), (schema("supplyPaths", "maxHops").GetProperty("minimum").GetInt32(), schema("supplyPaths", "maxHops").GetProperty("maximum").GetInt32()));
        Assert.Equal(("string", "date"), (schema("projectPipeline", "from").GetProperty("type").GetString(), schema("projectPipeline", "from").GetProperty("format").GetString()));
        Assert.Equal(["regionCode"], tools.Single(t => t.Name == "projectPipeline").ProtocolTool.InputSchema.GetProperty("required").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public async Task Search_turns_Chinese_and_English_names_into_ids()
    {
        var zhaoqing = await ToolCalls.OkAsync(Client, "search", new() { ["query"] = "肇庆" });
        var first = zhaoqing.GetProperty("hits")[0];
        Assert.Equal(("REGION", "441200", "肇庆市", "CITY"), (first.GetProperty("kind").GetString(), first.GetProperty("id").GetString(), first.GetProperty("nameZh").GetString(), first.GetProperty("detail").GetString()));
        var semcorp = await ToolCalls.OkAsync(Client, "search", new() { ["query"] = "恩捷" });
        Assert.Equal(["semcorp"], semcorp.GetProperty("hits").Ids());
        var english = await ToolCalls.OkAsync(Client, "search", new() { ["query"] = "zhaoqing", ["kinds"] = new[] { "region" }, ["first"] = 1 });
        Assert.Equal(["441200"], english.GetProperty("hits").Ids());
        var segment = await ToolCalls.OkAsync(Client, "search", new() { ["query"] = "隔膜", ["kinds"] = new[] { "SEGMENT" } });
        Assert.Equal("es-separator", segment.GetProperty("hits")[0].GetProperty("id").GetString());
        Assert.Empty((await ToolCalls.OkAsync(Client, "search", new() { ["query"] = "不存在的名字" })).GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task Chain_gaps_come_in_the_planner_order_with_names()
    {
        var answer = await ToolCalls.OkAsync(Client, "chainGaps", new() { ["regionCode"] = "441200", ["chainId"] = "es" });
        Assert.Equal("肇庆市", answer.GetProperty("region").GetProperty("nameZh").GetString());
        var gaps = answer.GetProperty("gaps");
        Assert.Equal(7, gaps.GetArrayLength());
        var cathode = gaps[0];
        Assert.Equal(("es-cathode", "正极材料", "FILL", "MISSING", 2), (cathode.GetProperty("segment").GetProperty("id").GetString(), cathode.GetProperty("segment").GetProperty("nameZh").GetString(),
            cathode.GetProperty("kind").GetString(), cathode.GetProperty("status").GetString(), cathode.GetProperty("anchorCount").GetInt32()));
        var anchored = cathode.GetProperty("reasons").EnumerateArray().First(r => r.GetProperty("anchor").ValueKind == JsonValueKind.Object);
        Assert.Equal("瑞庆时代", anchored.GetProperty("anchor").GetProperty("nameZh").GetString());
        Assert.Equal(JsonValueKind.Null, cathode.GetProperty("reasons")[0].GetProperty("anchor").ValueKind);
    }

    [Fact]
    public async Task Chain_coverage_takes_names_for_ids()
    {
        var answer = await ToolCalls.OkAsync(Client, "chainCoverage", new() { ["regionCode"] = "肇庆", ["chainId"] = "新型储能", ["weakBelow"] = 3 });
        Assert.Equal(("441200", "es", 3), (answer.GetProperty("region").GetProperty("id").GetString(), answer.GetProperty("chain").GetProperty("id").GetString(), answer.GetProperty("weakBelow").GetInt32()));
        var rows = answer.GetProperty("coverage");
        Assert.Equal(19, rows.GetArrayLength());
        var separator = rows.EnumerateArray().Single(r => r.GetProperty("segment").GetProperty("id").GetString() == "es-separator");
        Assert.Equal(("MISSING", 0), (separator.GetProperty("status").GetString(), separator.GetProperty("localCompanyCount").GetInt32()));
        // a region code typed as a number is taken as the code
        var numeric = await ToolCalls.OkAsync(Client, "chainCoverage", new() { ["regionCode"] = 441200, ["chainId"] = "es" });
        Assert.Equal("441200", numeric.GetProperty("region").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Recruit_targets_follow_scope_and_weights()
    {
        var ranked = await ToolCalls.OkAsync(Client, "recruitTargets", new() { ["regionCode"] = "441200", ["segmentId"] = "es-separator", ["first"] = 3 });
        Assert.Equal(("NEW", 3.0), (ranked.GetProperty("scope").GetString(), ranked.GetProperty("weights").GetProperty("anchorTies").GetDouble()));
        var top = ranked.GetProperty("targets")[0];
        Assert.Equal((1, "senior", "星源材质"), (top.GetProperty("rank").GetInt32(), top.GetProperty("company").GetProperty("id").GetString(), top.GetProperty("company").GetProperty("nameZh").GetString()));
        Assert.Contains("catl-zq", top.GetProperty("suppliesAnchors").Ids());
        Assert.Equal("senior-a", top.GetProperty("nearestSite").GetProperty("id").GetString());
        Assert.All(ranked.GetProperty("targets").EnumerateArray(), t => Assert.False(t.GetProperty("groupLocal").GetBoolean()));

        var weighted = await ToolCalls.OkAsync(Client, "recruitTargets", new()
        {
            ["regionCode"] = "441200", ["segmentId"] = "es-separator", ["weights"] = new Dictionary<string, object?> { ["proximity"] = 0, ["credentials"] = 10 }, ["scope"] = "all",
        });
        Assert.Equal(("ALL", 3.0, 10.0, 0.0), (weighted.GetProperty("scope").GetString(), weighted.GetProperty("weights").GetProperty("anchorTies").GetDouble(),
            weighted.GetProperty("weights").GetProperty("credentials").GetDouble(), weighted.GetProperty("weights").GetProperty("proximity").GetDouble()));
        Assert.Equal("semcorp", weighted.GetProperty("targets")[0].GetProperty("company").GetProperty("id").GetString());

        var expansion = await ToolCalls.OkAsync(Client, "recruitTargets", new() { ["regionCode"] = "441200", ["segmentId"] = "隔膜", ["scope"] = "EXPANSION" });
        Assert.All(expansion.GetProperty("targets").EnumerateArray(), t => Assert.True(t.GetProperty("groupLocal").GetBoolean()));
    }

    [Fact]
    public async Task Supply_paths_are_the_shortest_ones()
    {
        var answer = await ToolCalls.OkAsync(Client, "supplyPaths", new() { ["fromCompanyId"] = "senior", ["toCompanyId"] = "小鹏汽车" });
        Assert.Equal("xpeng", answer.GetProperty("to").GetProperty("id").GetString());
        Assert.Equal(
            [["senior", "catl", "xpeng"], ["senior", "catl-zq", "xpeng"]],
            answer.GetProperty("paths").EnumerateArray().Select(p => p.GetProperty("companies").Ids()));
        var none = await ToolCalls.OkAsync(Client, "supplyPaths", new() { ["fromCompanyId"] = "senior", ["toCompanyId"] = "xpeng", ["maxHops"] = 1 });
        Assert.Empty(none.GetProperty("paths").EnumerateArray());
    }

    [Fact]
    public async Task Project_pipeline_lists_every_bucket_within_the_window()
    {
        var all = await ToolCalls.OkAsync(Client, "projectPipeline", new() { ["regionCode"] = "441200" });
        Assert.Equal(["LEAD", "NEGOTIATING", "SIGNED", "STARTED", "COMPLETED", "PRODUCING", "DROPPED"], all.GetProperty("byStatus").EnumerateArray().Select(b => b.GetProperty("status").GetString()));
        Assert.Equal("UNCLASSIFIED", all.GetProperty("byCategory").EnumerateArray().Last().GetProperty("category").GetString());
        var window = await ToolCalls.OkAsync(Client, "projectPipeline", new() { ["regionCode"] = "441200", ["from"] = "2024-01-01", ["to"] = "2024-12-31" });
        Assert.Equal("2024-01-01", window.GetProperty("from").GetString());
        Assert.True(Count(window) < Count(all));

        static int Count(JsonElement pipeline) => pipeline.GetProperty("byStatus").EnumerateArray().Sum(b => b.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Compare_regions_keeps_the_order_asked()
    {
        var answer = await ToolCalls.OkAsync(Client, "compareRegions", new() { ["regionCodes"] = new[] { "佛山", "441200" }, ["chainId"] = "es" });
        Assert.Equal(["440600", "441200"], answer.GetProperty("regions").Ids());
        var row = answer.GetProperty("rows")[0];
        Assert.Equal(["440600", "441200"], row.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("regionCode").GetString()));
        Assert.True(row.GetProperty("cells")[0].TryGetProperty("locationQuotient", out _));
    }

    [Fact]
    public async Task Simulated_recruitment_says_what_would_change_and_stores_nothing()
    {
        var arguments = new Dictionary<string, object?> { ["regionCode"] = "441200", ["chainId"] = "es", ["companyIds"] = new[] { "恩捷股份" } };
        var answer = await ToolCalls.OkAsync(Client, "simulateRecruitment", arguments);
        Assert.Equal(["semcorp"], answer.GetProperty("companies").Ids());
        Assert.Equal((7, 7), (answer.GetProperty("gapsBefore").GetInt32(), answer.GetProperty("gapsAfter").GetInt32()));
        var change = Assert.Single(answer.GetProperty("changedGaps").EnumerateArray());
        Assert.Equal(("es-separator", "FILL", "STRENGTHEN"), (change.GetProperty("segment").GetProperty("id").GetString(), change.GetProperty("kindBefore").GetString(), change.GetProperty("kindAfter").GetString()));
        Assert.Equal(answer.GetRawText(), (await ToolCalls.OkAsync(Client, "simulateRecruitment", arguments)).GetRawText());
        var gaps = await ToolCalls.OkAsync(Client, "chainGaps", new() { ["regionCode"] = "441200", ["chainId"] = "es" });
        Assert.Equal("FILL", gaps.GetProperty("gaps").EnumerateArray().Single(g => g.GetProperty("segment").GetProperty("id").GetString() == "es-separator").GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("chainGaps", """{"regionCode":"44120","chainId":"es"}""", "NOT_FOUND", "regionCode", "regionCode: no region with id '44120'; did you mean 441200 肇庆市")]
    [InlineData("chainCoverage", """{"regionCode":"441200","chainId":"storage"}""", "NOT_FOUND", "chainId", "chainId: no chain with id 'storage'")]
    [InlineData("recruitTargets", """{"regionCode":"441200","segmentId":"es-seperator"}""", "NOT_FOUND", "segmentId", "segmentId: no segment with id 'es-seperator'; did you mean es-separator")]
    [InlineData("supplyPaths", """{"fromCompanyId":"senior","toCompanyId":"nobody"}""", "NOT_FOUND", "toCompanyId", "toCompanyId: no company with id 'nobody'")]
    [InlineData("simulateRecruitment", """{"regionCode":"441200","chainId":"es","companyIds":["semcorp","nobody"]}""", "NOT_FOUND", "companyIds", "companyIds: no company with id 'nobody'")]
    [InlineData("compareRegions", """{"regionCodes":["441200","000000"],"chainId":"es"}""", "NOT_FOUND", "regionCodes", "regionCodes: no region with id '000000'")]
    [InlineData("projectPipeline", """{"regionCode":"nowhere"}""", "NOT_FOUND", "regionCode", "regionCode: no region with id 'nowhere'")]
    [InlineData("chainGaps", """{"regionCode":"441200","chainId":"es","weakBelow":0}""", "BAD_INPUT", "weakBelow", "weakBelow: must be between 1 and 1000, not 0")]
    [InlineData("chainCoverage", """{"regionCode":"441200","chainId":"es","weakBelow":1001}""", "BAD_INPUT", "weakBelow", "weakBelow: must be between 1 and 1000, not 1001")]
    [InlineData("recruitTargets", """{"regionCode":"441200","segmentId":"es-separator","first":101}""", "BAD_INPUT", "first", "first: must be between 1 and 100, not 101")]
    [InlineData("recruitTargets", """{"regionCode":"441200","segmentId":"es-separator","weights":{"credentials":-1}}""", "BAD_INPUT", "weights.credentials", "weights.credentials: must be a finite number of 0 or more, not -1")]
    [InlineData("recruitTargets", """{"regionCode":"441200","segmentId":"es-separator","scope":"OLD"}""", "BAD_INPUT", "scope", "scope: must be NEW, EXPANSION or ALL, not 'OLD'")]
    [InlineData("supplyPaths", """{"fromCompanyId":"senior","toCompanyId":"xpeng","maxHops":7}""", "BAD_INPUT", "maxHops", "maxHops: must be between 1 and 6, not 7")]
    [InlineData("projectPipeline", """{"regionCode":"441200","from":"2024-02-30"}""", "BAD_INPUT", "from", "from: '2024-02-30' is not a calendar date in yyyy-MM-dd form")]
    [InlineData("compareRegions", """{"regionCodes":["441200"],"chainId":"es"}""", "BAD_INPUT", "regionCodes", "regionCodes: must name 2 to 10 regions, not 1")]
    [InlineData("compareRegions", """{"regionCodes":["441200","441200"],"chainId":"nope"}""", "BAD_INPUT", "regionCodes", "regionCodes: names '441200' twice")]
    [InlineData("simulateRecruitment", """{"regionCode":"441200","chainId":"es","companyIds":[]}""", "BAD_INPUT", "companyIds", "companyIds: must name 1 to 10 companies, not 0")]
    [InlineData("search", """{"query":" "}""", "BAD_INPUT", "query", "query: must not be blank")]
    [InlineData("search", """{"query":"肇庆","kinds":["CITY"]}""", "BAD_INPUT", "kinds", "kinds: must be REGION, CHAIN, SEGMENT or COMPANY, not 'CITY'")]
    [InlineData("search", """{"query":"肇庆","first":51}""", "BAD_INPUT", "first", "first: must be between 1 and 50, not 51")]
    [InlineData("chainGaps", """{"chainId":"es"}""", "BAD_INPUT", "regionCode", "regionCode: is required")]
    [InlineData("chainGaps", """{"regionCode":"441200","chainId":"es","weakBelow":"two"}""", "BAD_INPUT", "weakBelow", "weakBelow: must be a whole number, not \"two\"")]
    [InlineData("chainGaps", """{"regionCode":"441200","chainId":"es","weakBelow":2.5}""", "BAD_INPUT", "weakBelow", "weakBelow: must be a whole number, not 2.5")]
    [InlineData("chainGaps", """{"region":"441200","chainId":"es"}""", "BAD_INPUT", "region", "region: this tool has no argument 'region' (it takes regionCode, chainId, weakBelow)")]
    [InlineData("compareRegions", """{"regionCodes":"441200","chainId":"es"}""", "BAD_INPUT", "regionCodes", "regionCodes: must be a list, not \"441200\"")]
    [InlineData("recruitTargets", """{"regionCode":"441200","segmentId":"es-separator","weights":{"proximity":"near"}}""", "BAD_INPUT", "weights.proximity", "weights.proximity: must be a number, not \"near\"")]
    public async Task A_bad_argument_is_a_tool_error_naming_it(string tool, string arguments, string code, string argument, string message)
    {
        var error = await ToolCalls.ErrorAsync(Client, tool, JsonSerializer.Deserialize<Dictionary<string, object?>>(arguments)!);
        Assert.Equal((code, argument), (error.Code(), error.GetProperty("argument").GetString()));
        Assert.StartsWith(message, error.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_ids_and_ambiguous_names_carry_suggestions()
    {
        var typo = await ToolCalls.ErrorAsync(Client, "chainGaps", new() { ["regionCode"] = "44120", ["chainId"] = "es" });
        Assert.Contains("441200", typo.Suggestions());
        var ambiguous = await ToolCalls.ErrorAsync(Client, "supplyPaths", new() { ["fromCompanyId"] = "肇庆", ["toCompanyId"] = "catl" });
        Assert.Equal(("BAD_INPUT", "fromCompanyId"), (ambiguous.Code(), ambiguous.GetProperty("argument").GetString()));
        Assert.Equal(["zq-bms", "zq-salt-a", "zq-salt-b"], ambiguous.Suggestions());
        Assert.Contains("give the id", ambiguous.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_tool_errors_the_session_goes_on()
    {
        await ToolCalls.ErrorAsync(Client, "chainGaps", new() { ["regionCode"] = "441200", ["chainId"] = "es", ["weakBelow"] = -5 });
        var ok = await ToolCalls.OkAsync(Client, "search", new() { ["query"] = "CATL" });
        Assert.Equal("catl", ok.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Resources_give_the_chains_a_segment_tree_and_a_region_summary()
    {
        var direct = await Client.ListResourcesAsync();
        Assert.Contains(direct, r => r.Uri == "chaingraph://chains");
        var templates = await Client.ListResourceTemplatesAsync();
        Assert.Equal(["chaingraph://chains/{chainId}/segments", "chaingraph://regions/{regionCode}"], templates.Select(t => t.UriTemplate).Order(StringComparer.Ordinal));

        var chains = await ResourceAsync("chaingraph://chains");
        Assert.Equal(["auto", "es"], chains.Ids());
        var tree = await ResourceAsync("chaingraph://chains/es/segments");
        var root = Assert.Single(tree.GetProperty("roots").EnumerateArray());
        Assert.Equal("es", root.GetProperty("id").GetString());
        Assert.Contains("es-mat", root.GetProperty("children").Ids());
        var region = await ResourceAsync("chaingraph://regions/441200");
        Assert.Equal(("肇庆市", "CITY", "440000"), (region.GetProperty("region").GetProperty("nameZh").GetString(), region.GetProperty("region").GetProperty("level").GetString(),
            region.GetProperty("region").GetProperty("parent").GetProperty("id").GetString()));
        var storage = region.GetProperty("chains").EnumerateArray().Single(c => c.GetProperty("chain").GetProperty("id").GetString() == "es");
        Assert.Equal(7, storage.GetProperty("fillGaps").GetInt32() + storage.GetProperty("strengthenGaps").GetInt32() + storage.GetProperty("extendGaps").GetInt32());
        Assert.Equal("es-cathode", storage.GetProperty("topGaps")[0].GetProperty("segmentId").GetString());
        Assert.Contains("catl-zq", storage.GetProperty("localAnchors").Ids());

        var missing = await Assert.ThrowsAsync<ModelContextProtocol.McpProtocolException>(() => Client.ReadResourceAsync("chaingraph://regions/nowhere").AsTask());
        Assert.Contains("NOT_FOUND", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prompts_walk_an_agent_through_the_tools()
    {
        var prompts = await Client.ListPromptsAsync();
        Assert.Equal(["compareWithNeighbours", "gapAnalysis"], prompts.Select(p => p.Name).Order(StringComparer.Ordinal));
        var prompt = await Client.GetPromptAsync("gapAnalysis", new Dictionary<string, object?> { ["region"] = "肇庆" });
        var text = Assert.IsType<ModelContextProtocol.Protocol.TextContentBlock>(Assert.Single(prompt.Messages).Content).Text;
        Assert.Contains("肇庆", text, StringComparison.Ordinal);
        Assert.Contains("chainGaps", text, StringComparison.Ordinal);
    }

    private async Task<JsonElement> ResourceAsync(string uri)
    {
        var result = await Client.ReadResourceAsync(uri);
        var contents = Assert.IsType<ModelContextProtocol.Protocol.TextResourceContents>(Assert.Single(result.Contents));
        Assert.Equal("application/json", contents.MimeType);
        return JsonDocument.Parse(contents.Text).RootElement.Clone();
    }
}
