using ChainGraph.Domain.Store;
using ChainGraph.Server.Security;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Server.Tests.GraphQL;

/// <summary>Curating data over GraphQL, with the import's validation and errors per field.</summary>
public sealed class MutationTests : IAsyncLifetime
{
    private const string Key = "curator-key";
    private ServiceHost _host = null!;

    public ValueTask InitializeAsync()
    {
        _host = new ServiceHost(settings: new Dictionary<string, string?>
        {
            ["ChainGraph:Security:ApiKeys:0:Name"] = "curator",
            ["ChainGraph:Security:ApiKeys:0:Sha256"] = ApiKeyAuthenticator.Hash(Key),
            ["ChainGraph:Security:ApiKeys:0:Role"] = "Editor",
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private IGraphStore Store => _host.Services.GetRequiredService<IGraphStore>();

    [Fact]
    public async Task Upserting_a_company_and_a_site_changes_the_answers()
    {
        var company = await _host.PostAsync("""
            mutation { upsertCompany(input: { id: "sep-zq", nameZh: "肇庆隔膜", tags: [HIGH_TECH], parentId: "catl" }) { id tags parent { id } } }
            """, apiKey: Key);
        Assert.False(company.HasErrors, company.Body.ToString());
        var site = await _host.PostAsync("""
            mutation($s: SiteInput!) { upsertSite(input: $s) { id kind region { nameZh } segments { id } } }
            """, new { s = new { id = "sep-zq-1", companyId = "sep-zq", regionCode = "441202", lat = 23.05, lon = 112.47, kind = "PLANT", segmentIds = new[] { "es-separator", " es-separator " } } }, Key);
        Assert.False(site.HasErrors, site.Body.ToString());
        Assert.Equal("端州区", site.Data.GetProperty("upsertSite").GetProperty("region").GetProperty("nameZh").GetString());

        // one local maker (an anchor through catl): the separator gap turns from FILL to STRENGTHEN
        var gaps = await _host.PostAsync("""{ chainGaps(regionCode: "441200", chainId: "es") { kind segment { id } } }""");
        var separator = gaps.Data.GetProperty("chainGaps").EnumerateArray().Single(g => g.GetProperty("segment").GetProperty("id").GetString() == "es-separator");
        Assert.Equal("STRENGTHEN", separator.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Invalid_input_reports_every_field_and_writes_nothing()
    {
        var before = await Store.GetStatsAsync();
        var r = await _host.PostAsync("""
            mutation($s: SiteInput!) { upsertSite(input: $s) { id } }
            """, new { s = new { id = "bad-site", companyId = "ghost", regionCode = "441200", lat = 95.0, lon = 112.0, kind = "HQ", segmentIds = new[] { "es-bms", "no-such" } } }, Key);
        Assert.True(r.HasErrors);
        var errors = r.Body.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("extensions").GetProperty("code").GetString(), e.GetProperty("extensions").GetProperty("field").GetString()))
            .ToList();
        Assert.Equal(
            [("BAD_INPUT", "input.lat"), ("BAD_INPUT", "input.companyId"), ("BAD_INPUT", "input.segmentIds")],
            errors);
        Assert.Contains(r.Body.GetProperty("errors").EnumerateArray(), e => e.GetProperty("message").GetString()!.Contains("'ghost'", StringComparison.Ordinal));
        Assert.Equal(before, await Store.GetStatsAsync());
    }

    [Fact]
    public async Task A_company_cannot_become_its_own_ancestor()
    {
        var r = await _host.PostAsync("""mutation { upsertCompany(input: { id: "catl", nameZh: "宁德时代", parentId: "brunp" }) { id } }""", apiKey: Key);
        Assert.Equal("input.parentId", r.FirstError.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Contains("cycle", r.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Projects_supplies_and_status_changes()
    {
        var project = await _host.PostAsync("""
            mutation { upsertProject(input: { id: "p-new", nameZh: "新项目", regionCode: "441200", segmentId: "es-separator", investmentYuan: 5e8, status: LEAD, statusDate: "2024-03-01", source: "test" }) { id status statusDate investmentYuan } }
            """, apiKey: Key);
        Assert.False(project.HasErrors, project.Body.ToString());
        Assert.Equal("2024-03-01", project.Data.GetProperty("upsertProject").GetProperty("statusDate").GetString());

        var badDate = await _host.PostAsync("""mutation { setProjectStatus(id: "p-new", status: SIGNED, statusDate: "2024-02-30") { id } }""", apiKey: Key);
        Assert.Equal(("BAD_INPUT", "statusDate"), (badDate.FirstCode, badDate.FirstError.GetProperty("extensions").GetProperty("field").GetString()));
        var missing = await _host.PostAsync("""mutation { setProjectStatus(id: "nope", status: SIGNED, statusDate: "2024-04-01") { id } }""", apiKey: Key);
        Assert.Equal("NOT_FOUND", missing.FirstCode);
        var signed = await _host.PostAsync("""mutation { setProjectStatus(id: "p-new", status: SIGNED, statusDate: "2024-04-01") { status statusDate } }""", apiKey: Key);
        Assert.Equal("SIGNED", signed.Data.GetProperty("setProjectStatus").GetProperty("status").GetString());
        Assert.Equal(ChainGraph.Domain.Model.ProjectStatus.Signed, (await Store.GetProjectsAsync(["p-new"]))["p-new"].Status);

        var supply = await _host.PostAsync("""mutation { upsertSupply(input: { supplierId: "geesun", customerId: "catl-zq", segmentId: "es-coater", source: "test" }) }""", apiKey: Key);
        Assert.True(supply.Data.GetProperty("upsertSupply").GetBoolean());
        var paths = await _host.PostAsync("""{ supplyPaths(fromCompanyId: "geesun", toCompanyId: "xpeng") { companies { id } } }""");
        Assert.Equal(1, paths.Data.GetProperty("supplyPaths").GetArrayLength());
        var deleted = await _host.PostAsync("""mutation { deleteSupply(supplierId: "geesun", customerId: "catl-zq", segmentId: "es-coater") }""", apiKey: Key);
        Assert.True(deleted.Data.GetProperty("deleteSupply").GetBoolean());
    }

    [Fact]
    public async Task Version_2_mutations_keep_an_undisclosed_amount_and_write_anchors_priorities_and_confidence()
    {
        var undisclosed = await _host.PostAsync("""
            mutation { upsertProject(input: { id: "p-quiet", nameZh: "未披露项目", regionCode: "441200", status: SIGNED, statusDate: "2024-03-01" }) { investmentYuan } }
            """, apiKey: Key);
        Assert.False(undisclosed.HasErrors, undisclosed.Body.ToString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, undisclosed.Data.GetProperty("upsertProject").GetProperty("investmentYuan").ValueKind);
        Assert.Null((await Store.GetProjectsAsync(["p-quiet"]))["p-quiet"].InvestmentYuan);

        var anchor = await _host.PostAsync("""mutation { upsertAnchor(companyId: "fenghua", chainId: "es", source: "plan") }""", apiKey: Key);
        Assert.True(anchor.Data.GetProperty("upsertAnchor").GetBoolean(), anchor.Body.ToString());
        var anchorOf = await _host.PostAsync("""{ company(id: "fenghua") { anchorOf { id } } }""");
        Assert.Equal("es", anchorOf.Data.GetProperty("company").GetProperty("anchorOf")[0].GetProperty("id").GetString());
        var badAnchor = await _host.PostAsync("""mutation { upsertAnchor(companyId: "fenghua", chainId: "nochain") }""", apiKey: Key);
        Assert.True(badAnchor.HasErrors);
        Assert.True((await _host.PostAsync("""mutation { deleteAnchor(companyId: "fenghua", chainId: "es") }""", apiKey: Key)).Data.GetProperty("deleteAnchor").GetBoolean());
        Assert.False((await _host.PostAsync("""mutation { deleteAnchor(companyId: "fenghua", chainId: "es") }""", apiKey: Key)).Data.GetProperty("deleteAnchor").GetBoolean());

        Assert.True((await _host.PostAsync("""mutation { upsertRegionPriority(regionCode: "441200", segmentId: "es-separator", source: "plan") }""", apiKey: Key)).Data.GetProperty("upsertRegionPriority").GetBoolean());
        var priorities = await _host.PostAsync("""{ region(code: "441200") { priorities { segmentId source } } }""");
        Assert.Equal("es-separator", priorities.Data.GetProperty("region").GetProperty("priorities")[0].GetProperty("segmentId").GetString());

        var supply = await _host.PostAsync("""mutation { upsertSupply(input: { supplierId: "zq-salt-b", customerId: "catl-zq", confidence: VERIFIED, source: "annual report" }) }""", apiKey: Key);
        Assert.False(supply.HasErrors, supply.Body.ToString());
        var rows = await _host.PostAsync("""{ company(id: "zq-salt-b") { supplies { customerId confidence } } }""");
        Assert.Equal("VERIFIED", rows.Data.GetProperty("company").GetProperty("supplies")[0].GetProperty("confidence").GetString());
        var reader = await _host.PostAsync("""mutation { upsertAnchor(companyId: "fenghua", chainId: "es") }""");
        Assert.True(reader.HasErrors); // no editor key: refused like every write
    }
}
