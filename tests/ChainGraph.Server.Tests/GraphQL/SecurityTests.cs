using System.Net;
using ChainGraph.Server.Security;

namespace ChainGraph.Server.Tests.GraphQL;

/// <summary>API keys by role: mutations need an editor; reads are open unless configured otherwise.</summary>
public sealed class SecurityTests
{
    private const string EditorKey = "editor-secret-1";
    private const string ReaderKey = "reader-secret-1";
    private const string Mutation = """mutation { deleteSupply(supplierId: "catl", customerId: "xpeng") }""";

    private static Dictionary<string, string?> Keys(bool requireForReads) => new()
    {
        ["ChainGraph:Security:RequireKeyForReads"] = requireForReads ? "true" : "false",
        ["ChainGraph:Security:ApiKeys:0:Name"] = "planning-team",
        ["ChainGraph:Security:ApiKeys:0:Sha256"] = ApiKeyAuthenticator.Hash(EditorKey),
        ["ChainGraph:Security:ApiKeys:0:Role"] = "Editor",
        ["ChainGraph:Security:ApiKeys:1:Name"] = "map-ui",
        ["ChainGraph:Security:ApiKeys:1:Sha256"] = ApiKeyAuthenticator.Hash(ReaderKey).ToUpperInvariant(),
        ["ChainGraph:Security:ApiKeys:1:Role"] = "Reader",
    };

    [Fact]
    public async Task Mutations_need_an_editor_key()
    {
        await using var host = new ServiceHost(settings: Keys(requireForReads: false));
        var anonymous = await host.PostAsync(Mutation);
        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstCode));
        var reader = await host.PostAsync(Mutation, apiKey: ReaderKey);
        Assert.Equal((HttpStatusCode.Forbidden, "FORBIDDEN"), (reader.Status, reader.FirstCode));
        var wrong = await host.PostAsync(Mutation, apiKey: "not-a-key");
        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (wrong.Status, wrong.FirstCode));

        var editor = await host.PostAsync(Mutation, apiKey: EditorKey);
        Assert.False(editor.HasErrors, editor.Body.ToString());
        Assert.True(editor.Data.GetProperty("deleteSupply").GetBoolean());

        // X-Api-Key works as well as a bearer token
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = Mutation }) };
        request.Headers.Add("X-Api-Key", EditorKey);
        var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"deleteSupply\":false", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_are_open_unless_configured()
    {
        await using (var open = new ServiceHost(settings: Keys(requireForReads: false)))
        {
            Assert.False((await open.PostAsync("{ chains { id } }")).HasErrors);
        }
        await using var closed = new ServiceHost(settings: Keys(requireForReads: true));
        var anonymous = await closed.PostAsync("{ chains { id } }");
        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstCode));
        Assert.False((await closed.PostAsync("{ chains { id } }", apiKey: ReaderKey)).HasErrors);
    }

    [Fact]
    public void A_bad_key_setting_stops_start_up_with_a_clear_message()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ChainGraph:Security:ApiKeys:0:Name"] = "broken",
            ["ChainGraph:Security:ApiKeys:0:Sha256"] = "abc",
            ["ChainGraph:Security:ApiKeys:0:Role"] = "Editor",
        };
        var e = Assert.ThrowsAny<Exception>(() => new ServiceHost(settings: settings));
        Assert.Contains("ChainGraph:Security:ApiKeys:0 (broken): Sha256 must be 64 hex characters", e.Message, StringComparison.Ordinal);
    }
}
