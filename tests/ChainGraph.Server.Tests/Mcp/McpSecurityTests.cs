using System.Net;
using System.Text;
using System.Text.Json;
using ChainGraph.Server.Security;

namespace ChainGraph.Server.Tests.Mcp;

/// <summary>/mcp follows the read rule of GraphQL: open unless reads need a key, then a reader (or editor) key; an unknown key never.</summary>
public sealed class McpSecurityTests
{
    private const string EditorKey = "editor-secret-mcp";
    private const string ReaderKey = "reader-secret-mcp";

    private const string Initialize = """
        {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}
        """;

    private static Dictionary<string, string?> Keys(bool requireForReads) => new()
    {
        ["ChainGraph:Security:RequireKeyForReads"] = requireForReads ? "true" : "false",
        ["ChainGraph:Security:ApiKeys:0:Name"] = "planning-team",
        ["ChainGraph:Security:ApiKeys:0:Sha256"] = ApiKeyAuthenticator.Hash(EditorKey),
        ["ChainGraph:Security:ApiKeys:0:Role"] = "Editor",
        ["ChainGraph:Security:ApiKeys:1:Name"] = "research-agent",
        ["ChainGraph:Security:ApiKeys:1:Sha256"] = ApiKeyAuthenticator.Hash(ReaderKey),
        ["ChainGraph:Security:ApiKeys:1:Role"] = "Reader",
    };

    [Fact]
    public async Task Where_reads_need_a_key_mcp_needs_a_reader_key()
    {
        await using var host = new ServiceHost(settings: Keys(requireForReads: true));

        var anonymous = await PostAsync(host, null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal("UNAUTHENTICATED", anonymous.Code);
        await Assert.ThrowsAnyAsync<Exception>(() => McpConnections.HttpAsync(host));

        var wrong = await PostAsync(host, "not-a-key");
        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (wrong.Status, wrong.Code));
        await Assert.ThrowsAnyAsync<Exception>(() => McpConnections.HttpAsync(host, "not-a-key"));

        await using var reader = await McpConnections.HttpAsync(host, ReaderKey);
        var gaps = await ToolCalls.OkAsync(reader, "chainGaps", new() { ["regionCode"] = "441200", ["chainId"] = "es" });
        Assert.Equal(7, gaps.GetProperty("gaps").GetArrayLength());

        await using var viaHeader = await McpConnections.HttpAsync(host, ReaderKey, header: "X-Api-Key");
        Assert.Equal(8, (await viaHeader.ListToolsAsync()).Count);

        await using var editor = await McpConnections.HttpAsync(host, EditorKey);
        Assert.Equal(8, (await editor.ListToolsAsync()).Count);
    }

    [Fact]
    public async Task Where_reads_are_open_mcp_is_open_but_an_unknown_key_is_still_refused()
    {
        await using var host = new ServiceHost(settings: Keys(requireForReads: false));
        await using var anonymous = await McpConnections.HttpAsync(host);
        var search = await ToolCalls.OkAsync(anonymous, "search", new() { ["query"] = "恩捷" });
        Assert.Equal("semcorp", search.GetProperty("hits")[0].GetProperty("id").GetString());

        var wrong = await PostAsync(host, "not-a-key");
        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (wrong.Status, wrong.Code));
    }

    private static async Task<(HttpStatusCode Status, string? Code)> PostAsync(ServiceHost host, string? apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mcp") { Content = new StringContent(Initialize, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (apiKey is not null)
        {
            request.Headers.Authorization = new("Bearer", apiKey);
        }
        using var response = await host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var code = response.StatusCode == HttpStatusCode.Unauthorized
            ? JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()
            : null;
        return (response.StatusCode, code);
    }
}
