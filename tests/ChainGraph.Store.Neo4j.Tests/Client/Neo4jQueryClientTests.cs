using System.Net;
using System.Text;
using System.Text.Json;
using ChainGraph.Store.Neo4j.Client;
using ChainGraph.Store.Neo4j.Errors;

namespace ChainGraph.Store.Neo4j.Tests.Client;

/// <summary>The Query API client against a local server that answers as the documentation shows.</summary>
public sealed class Neo4jQueryClientTests : IAsyncLifetime
{
    private FakeNeo4jServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FakeNeo4jServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_query_is_posted_with_its_parameters_and_rows_come_back_by_field()
    {
        _server.Reply(202, QueryApiBodies.NodeAndName);
        await using var harness = ClientHarness.For(_server.Uri);
        var parameters = new Dictionary<string, object?> { ["name"] = "Phil", ["lat"] = 112.0, ["ids"] = new[] { "a", "b" }, ["none"] = null };

        var result = await harness.Client.RunAsync("MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name", parameters, idempotent: true);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "/db/neo4j/query/v2"), (request.Method, request.Path));
        Assert.Equal(Neo4jQueryClient.TypedJsonMediaType, request.Headers["Accept"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:verysecret")), request.Headers["Authorization"]);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name", body.RootElement.GetProperty("statement").GetString());
        var sent = body.RootElement.GetProperty("parameters");
        Assert.Equal("Phil", sent.GetProperty("name").GetString());
        Assert.Equal("112.0", sent.GetProperty("lat").GetRawText()); // a whole double stays a Float in Neo4j
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("none").ValueKind);

        Assert.Equal(["person", "name"], result.Fields);
        var row = Assert.Single(result.Records);
        Assert.Equal("Phil", row.String("name"));
        var node = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row["person"]);
        Assert.Equal("Phil", node["name"]);
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"], result.Bookmarks);
    }

    [Fact]
    public async Task Typed_values_become_dotnet_values()
    {
        _server.Reply(202, QueryApiBodies.TypedValues);
        await using var harness = ClientHarness.For(_server.Uri);
        var row = Assert.Single((await harness.Client.RunAsync("RETURN 1", null, idempotent: true)).Records);
        Assert.Equal(123L, row["i"]);
        Assert.Equal(4.56, row.Double("f"));
        Assert.Equal(3.2E9, row.Double("big"));
        Assert.Equal("肇庆", row.String("s"));
        Assert.Equal(new DateOnly(2015, 3, 26), row.Date("d"));
        Assert.Equal(["A", "B"], row.Strings("l"));
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row["m"]);
        Assert.Equal(("A", 2L), (map["fieldA"], map["fieldB"]));
        Assert.Null(row["n"]);
        Assert.True(row.Boolean("b"));
        Assert.Equal("SRID=4326;POINT (112.4651 23.0469)", row.String("p"));
    }

    [Fact]
    public async Task Notifications_are_returned_with_the_result()
    {
        _server.Reply(202, QueryApiBodies.WithNotification);
        await using var harness = ClientHarness.For(_server.Uri);
        var result = await harness.Client.RunAsync("MATCH p=shortestPath((:Person)-[*]->(:Person)) RETURN p", null, idempotent: true);
        var notification = Assert.Single(result.Notifications);
        Assert.Equal(("Neo.ClientNotification.Statement.UnboundedVariableLengthPattern", "INFORMATION"), (notification.Code, notification.Severity));
        Assert.Empty(result.Records);
    }

    [Theory]
    [InlineData(400, QueryApiBodies.SyntaxError, typeof(Neo4jClientException), "Neo.ClientError.Statement.SyntaxError")]
    [InlineData(401, QueryApiBodies.Unauthorized, typeof(Neo4jAuthenticationException), "Neo.ClientError.Security.Unauthorized")]
    [InlineData(401, "", typeof(Neo4jAuthenticationException), "Neo.ClientError.Security.Unauthorized")]
    [InlineData(404, QueryApiBodies.DatabaseNotFound, typeof(Neo4jClientException), "Neo.ClientError.Database.DatabaseNotFound")]
    [InlineData(500, QueryApiBodies.DatabaseError, typeof(Neo4jDatabaseException), "Neo.DatabaseError.General.UnknownError")]
    [InlineData(202, QueryApiBodies.SyntaxError, typeof(Neo4jClientException), "Neo.ClientError.Statement.SyntaxError")]
    [InlineData(404, "<html>not here</html>", typeof(Neo4jClientException), "ChainGraph.Neo4j.Http404")]
    public async Task Errors_are_classified_by_their_Neo4j_code_in_any_status(int status, string body, Type expected, string code)
    {
        _server.Reply(status, body);
        await using var harness = ClientHarness.For(_server.Uri);
        var e = await Assert.ThrowsAnyAsync<Neo4jException>(() => harness.Client.RunAsync("MATC (n) RETURN n", null, idempotent: true));
        Assert.IsType(expected, e);
        Assert.Equal(code, e.Code);
        Assert.Equal((HttpStatusCode)status, e.StatusCode);
        Assert.Single(_server.Requests); // none of these is retried
    }

    [Fact]
    public async Task A_bearer_token_is_sent_instead_of_basic_auth()
    {
        _server.Reply(202, QueryApiBodies.One);
        await using var harness = ClientHarness.For(_server.Uri, ("User", null), ("Password", null), ("BearerToken", "sso-token"));
        await harness.Client.RunAsync("RETURN 1 AS ok", null, idempotent: true);
        Assert.Equal("Bearer sso-token", Assert.Single(_server.Requests).Headers["Authorization"]);
    }

    [Fact]
    public async Task An_explicit_transaction_is_opened_used_and_committed_with_the_affinity_header()
    {
        _server.Reply(202, QueryApiBodies.TransactionOpened, (Neo4jQueryClient.AffinityHeader, "MTAuOC41Ljc6MTc0NzQ="))
            .Reply(202, QueryApiBodies.InTransaction, (Neo4jQueryClient.AffinityHeader, "MTAuOC41Ljc6MTc0NzQ="))
            .Reply(202, QueryApiBodies.Committed)
            .Reply(202, QueryApiBodies.One);
        await using var harness = ClientHarness.For(_server.Uri);
        var client = harness.Client;

        await using (var tx = await client.BeginTransactionAsync())
        {
            Assert.Equal(("lyU", DateTimeOffset.Parse("2024-10-22T15:48:29Z", System.Globalization.CultureInfo.InvariantCulture)), (tx.Id, tx.Expires!.Value));
            var result = await tx.RunAsync("MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted", new Dictionary<string, object?> { ["limit"] = 10L });
            Assert.Equal(0L, result.Records[0].Int64("deleted"));
            await tx.CommitAsync();
            Assert.True(tx.IsClosed);
        }
        await client.RunAsync("RETURN 1 AS ok", null, idempotent: true);

        var requests = _server.Requests;
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU", "POST /db/neo4j/query/v2/tx/lyU/commit", "POST /db/neo4j/query/v2"],
            requests.Select(r => $"{r.Method} {r.Path}").ToArray());
        Assert.All(requests.Skip(1).Take(2), r => Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", r.Headers[Neo4jQueryClient.AffinityHeader]));
        // The commit's bookmark goes with the next request, so a read follows the write.
        using var next = JsonDocument.Parse(requests[3].Body);
        Assert.Equal("FB:committed", next.RootElement.GetProperty("bookmarks")[0].GetString());
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back()
    {
        _server.Reply(202, QueryApiBodies.TransactionOpened).Reply(202, """{"data": {"fields": [], "values": []}, "bookmarks": []}""");
        await using var harness = ClientHarness.For(_server.Uri);
        await using (await harness.Client.BeginTransactionAsync())
        {
        }
        Assert.Equal(["POST /db/neo4j/query/v2/tx", "DELETE /db/neo4j/query/v2/tx/lyU"], _server.Requests.Select(r => $"{r.Method} {r.Path}").ToArray());
    }

    [Fact]
    public async Task An_expired_transaction_is_a_client_error_and_closes_the_transaction()
    {
        _server.Reply(202, QueryApiBodies.TransactionOpened).Reply(202, QueryApiBodies.TransactionExpired);
        await using var harness = ClientHarness.For(_server.Uri);
        await using var tx = await harness.Client.BeginTransactionAsync();
        var e = await Assert.ThrowsAsync<Neo4jClientException>(() => tx.RunAsync("RETURN 1"));
        Assert.Equal("Neo.ClientError.Request.Invalid", e.Code);
        Assert.Contains("was not found", e.Message, StringComparison.Ordinal);
        Assert.True(tx.IsClosed);
        Assert.Equal(2, _server.Requests.Count); // no rollback of a transaction the server no longer has
    }
}
