using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ChainGraph.Server.GraphQL.Caching;
using ChainGraph.Server.Security;

namespace ChainGraph.Server.Tests.GraphQL;

/// <summary>
/// Validated documents are reused by their query text: the same answers with other variables, while the checks that
/// depend on the caller and on the request still run every time.
/// </summary>
public sealed class DocumentCacheTests
{
    private const string Gaps = "query($r: ID!) { chainGaps(regionCode: $r, chainId: \"es\") { kind segment { id } } }";
    private const string ReaderKey = "reader-key-0123456789abcdef";
    private const string EditorKey = "editor-key-0123456789abcdef";

    [Fact]
    public async Task A_repeated_query_is_answered_from_its_cached_document_with_its_own_variables()
    {
        await using var host = new ServiceHost();
        var cache = host.Services.GetRequiredService<ValidatedDocumentCache>();
        var zhaoqing = await host.PostAsync(Gaps, new { r = "441200" });
        Assert.False(zhaoqing.HasErrors, zhaoqing.Body.ToString());
        var cached = cache.Count;
        Assert.True(cached >= 1);

        var again = await host.PostAsync(Gaps, new { r = "441200" });
        Assert.Equal(zhaoqing.Body.ToString(), again.Body.ToString());
        var other = await host.PostAsync(Gaps, new { r = "440000" });
        Assert.False(other.HasErrors, other.Body.ToString());
        Assert.NotEqual(zhaoqing.Data.ToString(), other.Data.ToString());
        Assert.Equal(cached, cache.Count);

        // Variables are still checked against the cached document.
        var missing = await host.PostAsync(Gaps, new { });
        Assert.True(missing.HasErrors);
        var unknown = await host.PostAsync(Gaps, new { r = "000000" });
        Assert.Equal("NOT_FOUND", unknown.FirstCode);
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_not_cached()
    {
        await using var host = new ServiceHost();
        var cache = host.Services.GetRequiredService<ValidatedDocumentCache>();
        var before = cache.Count;
        var bad = await host.PostAsync("{ chains { noSuchField } }");
        Assert.True(bad.HasErrors);
        var again = await host.PostAsync("{ chains { noSuchField } }");
        Assert.Equal(bad.Body.ToString(), again.Body.ToString());
        Assert.Equal(before, cache.Count);
    }

    [Fact]
    public async Task A_cached_mutation_is_still_refused_to_callers_who_may_not_edit()
    {
        await using var host = new ServiceHost(settings: new Dictionary<string, string?>
        {
            ["ChainGraph:Security:RequireKeyForReads"] = "false",
            ["ChainGraph:Security:ApiKeys:0:Name"] = "editor",
            ["ChainGraph:Security:ApiKeys:0:Sha256"] = ApiKeyAuthenticator.Hash(EditorKey),
            ["ChainGraph:Security:ApiKeys:0:Role"] = "Editor",
            ["ChainGraph:Security:ApiKeys:1:Name"] = "reader",
            ["ChainGraph:Security:ApiKeys:1:Sha256"] = ApiKeyAuthenticator.Hash(ReaderKey),
            ["ChainGraph:Security:ApiKeys:1:Role"] = "Reader",
        });
        const string Mutation = """mutation { deleteSupply(supplierId: "catl", customerId: "xpeng") }""";
        var editor = await host.PostAsync(Mutation, apiKey: EditorKey);
        Assert.False(editor.HasErrors, editor.Body.ToString());
        Assert.True(host.Services.GetRequiredService<ValidatedDocumentCache>().TryGet(Mutation, out _));

        var reader = await host.PostAsync(Mutation, apiKey: ReaderKey);
        Assert.Equal((HttpStatusCode.Forbidden, "FORBIDDEN"), (reader.Status, reader.FirstCode));
        var anonymous = await host.PostAsync(Mutation);
        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstCode));
        using var get = await host.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString(Mutation));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }
}
