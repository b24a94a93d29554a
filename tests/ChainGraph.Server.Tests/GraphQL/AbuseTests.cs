using System.Net;
using System.Text;
using System.Text.Json;
using ChainGraph.Server.Security;

namespace ChainGraph.Server.Tests.GraphQL;

/// <summary>
/// Hostile and unlucky requests, each as it was first sent to the service: none may write without an
/// editor key, take unbounded time or memory, or answer INTERNAL.
/// </summary>
public sealed class AbuseTests : IAsyncLifetime
{
    private const string EditorKey = "editor-secret-1";
    private const string ReaderKey = "reader-secret-1";
    private const string Delete = """mutation { deleteSupply(supplierId: "catl", customerId: "xpeng") }""";
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(2);

    private ServiceHost _host = null!;

    public ValueTask InitializeAsync()
    {
        _host = new ServiceHost(settings: new Dictionary<string, string?>
        {
            ["ChainGraph:Security:ApiKeys:0:Name"] = "planning-team",
            ["ChainGraph:Security:ApiKeys:0:Sha256"] = ApiKeyAuthenticator.Hash(EditorKey),
            ["ChainGraph:Security:ApiKeys:0:Role"] = "Editor",
            ["ChainGraph:Security:ApiKeys:1:Name"] = "map-ui",
            ["ChainGraph:Security:ApiKeys:1:Sha256"] = ApiKeyAuthenticator.Hash(ReaderKey),
            ["ChainGraph:Security:ApiKeys:1:Role"] = "Reader",
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData(ReaderKey)]
    public async Task An_empty_operation_name_does_not_let_a_mutation_through(string? key)
    {
        var r = await SendAsync(JsonSerializer.Serialize(new { query = Delete, operationName = "" }), key);
        Assert.Equal(key is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, r.Status);
        Assert.Equal(key is null ? "UNAUTHENTICATED" : "FORBIDDEN", r.FirstCode);
        await AssertSupplyStillThereAsync();
    }

    [Fact]
    public async Task The_operation_that_runs_is_the_one_authorised()
    {
        var document = "query Q { chains { id } } " + Delete.Replace("mutation {", "mutation M {", StringComparison.Ordinal);
        var named = await SendAsync(JsonSerializer.Serialize(new { query = document, operationName = "M" }), ReaderKey);
        Assert.Equal((HttpStatusCode.Forbidden, "FORBIDDEN"), (named.Status, named.FirstCode));
        var query = await SendAsync(JsonSerializer.Serialize(new { query = document, operationName = "Q" }), ReaderKey);
        Assert.False(query.HasErrors, query.Body.ToString());
        var over = await _host.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString(Delete) + "&operationName=");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, over.StatusCode);
        await AssertSupplyStillThereAsync();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/plain;charset=UTF-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task Only_JSON_bodies_are_taken(string? contentType)
    {
        // what a page on any origin can send without a preflight
        var r = await SendAsync(JsonSerializer.Serialize(new { query = Delete }), EditorKey, contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", r.FirstCode);
        await AssertSupplyStillThereAsync();
    }

    [Fact]
    public async Task Introspection_that_multiplies_per_level_is_refused_and_the_standard_query_works()
    {
        var growing = "{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }";
        var r = await _host.PostAsync(growing).WaitAsync(Hang);
        Assert.Equal((HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX"), (r.Status, r.FirstCode));
        Assert.Contains("introspection", r.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);

        var standard = await _host.PostAsync(IntrospectionQuery.Text);
        Assert.False(standard.HasErrors, standard.Body.ToString());
        var typeQuery = """{ __type(name: "Company") { fields { name type { name fields { name type { name fields { name } } } } } } }""";
        Assert.False((await _host.PostAsync(typeQuery)).HasErrors);
    }

    [Fact]
    public async Task Fragment_fan_out_is_refused_before_validation()
    {
        var text = new StringBuilder("query { ...F0 }\n");
        for (var i = 0; i < 30; i++)
        {
            text.Append(CultureInfoInvariant($"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}\n"));
        }
        text.Append("fragment F30 on Query { chains { id } }");
        var r = await _host.PostAsync(text.ToString()).WaitAsync(Hang);
        Assert.Equal((HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX"), (r.Status, r.FirstCode));
        Assert.Contains("fragments are expanded", r.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);

        var cycle = await _host.PostAsync("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
        Assert.Equal((HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX"), (cycle.Status, cycle.FirstCode));
    }

    [Fact]
    public async Task Conflicting_aliases_are_refused_and_error_lists_are_capped()
    {
        var aliases = "{ " + string.Join(' ', Enumerable.Range(0, 600).Select(i => i % 2 == 0 ? "a: chains { id }" : "a: regions { code }")) + " }";
        var r = await _host.PostAsync(aliases).WaitAsync(Hang);
        Assert.Equal((HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX"), (r.Status, r.FirstCode));
        Assert.Equal(1, r.Body.GetProperty("errors").GetArrayLength());

        // ten conflicting pairs are allowed through to validation; their errors are listed up to the cap
        var few = "{ " + string.Join(' ', Enumerable.Range(0, 10).Select(i => i % 2 == 0 ? "a: chains { id }" : "a: regions { code }")) + " }";
        Assert.Equal("OVERLAPPING_FIELDS_CAN_BE_MERGED", (await _host.PostAsync(few)).FirstCode);
        var unknown = "{ chains { " + string.Join(' ', Enumerable.Range(0, 60).Select(i => "f" + i)) + " } }";
        var many = await _host.PostAsync(unknown);
        var errors = many.Body.GetProperty("errors");
        Assert.Equal(21, errors.GetArrayLength());
        Assert.Equal("TOO_MANY_ERRORS", errors[20].GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("40 more errors", errors[20].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_larger_than_the_limit_are_stopped()
    {
        await using var host = new ServiceHost(settings: new Dictionary<string, string?> { ["ChainGraph:GraphQL:MaxResultFields"] = "100" });
        var r = await host.PostAsync("{ companies(first: 100) { edges { node { id nameZh nameEn tags sites { id nameZh region { code nameZh } } } } } }");
        Assert.Equal((HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX"), (r.Status, r.FirstCode));
        Assert.Contains("more than 100 fields", r.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False((await host.PostAsync("{ chains { id } }")).HasErrors);
    }

    [Fact]
    public async Task Nesting_past_the_parser_limit_and_subscriptions_are_bad_input_not_internal()
    {
        var deep = await _host.PostAsync("{ " + string.Concat(Enumerable.Repeat("a { ", 300)) + "b" + new string('}', 301));
        Assert.Equal((HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX"), (deep.Status, deep.FirstCode));
        var subscription = await _host.PostAsync("subscription { chains { id } }");
        Assert.Equal(HttpStatusCode.BadRequest, subscription.Status);
        Assert.Contains("subscriptions are not offered", subscription.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);

    private async Task<GraphQLResponse> SendAsync(string body, string? key, string? contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        if (key is not null)
        {
            request.Headers.Authorization = new("Bearer", key);
        }
        using var response = await _host.Client.SendAsync(request);
        return new GraphQLResponse(response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private async Task AssertSupplyStillThereAsync()
    {
        // The editor's own delete finds the row: nothing before it removed it.
        var probe = await _host.PostAsync("""{ company(id: "catl") { suppliesTo { customer { id } } } }""");
        Assert.Contains("xpeng", probe.Body.ToString(), StringComparison.Ordinal);
    }
}
