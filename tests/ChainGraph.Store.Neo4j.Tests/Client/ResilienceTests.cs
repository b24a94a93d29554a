using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Store.Neo4j.Errors;
using ChainGraph.TestSupport;

namespace ChainGraph.Store.Neo4j.Tests.Client;

/// <summary>What is retried (transient failures of idempotent requests), what is not, the circuit breaker, and "store down".</summary>
public sealed class ResilienceTests : IAsyncLifetime
{
    private FakeNeo4jServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FakeNeo4jServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(400, QueryApiBodies.DatabaseUnavailable)]
    [InlineData(202, QueryApiBodies.Deadlock)]
    [InlineData(503, "<html>Service Unavailable</html>")]
    [InlineData(500, "")]
    public async Task Transient_failures_of_idempotent_requests_are_retried(int status, string body)
    {
        _server.Reply(status, body).Reply(status, body).Reply(202, QueryApiBodies.One);
        await using var harness = ClientHarness.For(_server.Uri);
        var result = await harness.Client.RunAsync("RETURN 1 AS ok", null, idempotent: true);
        Assert.Equal(1L, result.Records[0].Int64("ok"));
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried()
    {
        _server.Reply(new FakeResponse(0, Abort: true)).Reply(202, QueryApiBodies.One);
        await using var harness = ClientHarness.For(_server.Uri);
        await harness.Client.RunAsync("RETURN 1 AS ok", null, idempotent: true);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_attempts_with_the_last_transient_error()
    {
        _server.Responder = _ => FakeResponse.Json(202, QueryApiBodies.Deadlock);
        await using var harness = ClientHarness.For(_server.Uri);
        var e = await Assert.ThrowsAsync<Neo4jTransientException>(() => harness.Client.RunAsync("RETURN 1", null, idempotent: true));
        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", e.Code);
        Assert.Equal(3, _server.Requests.Count); // the first attempt and MaxRetryAttempts = 2
    }

    [Fact]
    public async Task Requests_not_marked_idempotent_are_not_retried()
    {
        _server.Responder = _ => FakeResponse.Json(202, QueryApiBodies.Deadlock);
        await using var harness = ClientHarness.For(_server.Uri);
        await Assert.ThrowsAsync<Neo4jTransientException>(() => harness.Client.RunAsync("CREATE (n)", null, idempotent: false));
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        _server.Responder = _ => FakeResponse.Json(400, QueryApiBodies.SyntaxError);
        await using var harness = ClientHarness.For(_server.Uri);
        await Assert.ThrowsAsync<Neo4jClientException>(() => harness.Client.RunAsync("MATC (n)", null, idempotent: true));
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Statements_and_commits_of_an_explicit_transaction_are_not_retried()
    {
        _server.Reply(202, QueryApiBodies.TransactionOpened).Reply(202, QueryApiBodies.Deadlock);
        await using var harness = ClientHarness.For(_server.Uri);
        await using (var tx = await harness.Client.BeginTransactionAsync())
        {
            await Assert.ThrowsAsync<Neo4jTransientException>(() => tx.RunAsync("MERGE (n:Chain {id: 'a'})"));
        }
        Assert.Equal(2, _server.Requests.Count); // begin, the statement once; Neo4j already rolled back

        _server.Reply(202, QueryApiBodies.TransactionOpened).Reply(new FakeResponse(0, Abort: true));
        await using (var tx = await harness.Client.BeginTransactionAsync())
        {
            var e = await Assert.ThrowsAsync<Neo4jTransientException>(() => tx.CommitAsync());
            Assert.Equal(Neo4jCodes.Unreachable, e.Code);
        }
        Assert.Equal(4, _server.Requests.Count); // begin, the commit once, no rollback after a commit
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_transient_failures_and_stops_calling_the_server()
    {
        _server.Responder = _ => new FakeResponse(503, "busy");
        await using var harness = ClientHarness.For(
            _server.Uri,
            ("Resilience:MaxRetryAttempts", "0"),
            ("Resilience:MinimumThroughput", "2"),
            ("Resilience:FailureRatio", "0.5"),
            ("Resilience:BreakDuration", "00:00:30"));
        var client = harness.Client;
        for (var i = 0; i < 2; i++)
        {
            var e = await Assert.ThrowsAsync<Neo4jTransientException>(() => client.RunAsync("RETURN 1", null, idempotent: true));
            Assert.Equal(Neo4jCodes.HttpStatus(503), e.Code);
        }
        var open = await Assert.ThrowsAsync<Neo4jTransientException>(() => client.RunAsync("RETURN 1", null, idempotent: true));
        Assert.Equal(Neo4jCodes.CircuitOpen, open.Code);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Once_the_server_is_back_the_circuit_closes_again_without_a_restart()
    {
        _server.Responder = _ => new FakeResponse(503, "busy");
        await using var harness = ClientHarness.For(
            _server.Uri,
            ("Resilience:MaxRetryAttempts", "0"),
            ("Resilience:MinimumThroughput", "2"),
            ("Resilience:FailureRatio", "0.5"),
            ("Resilience:BreakDuration", "00:00:01"));
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<StoreUnavailableException>(() => harness.Store.PingAsync().AsTask());
        }
        _server.Responder = _ => new FakeResponse(200, QueryApiBodies.One);
        // the circuit stays open for the break, then lets a trial request through, which succeeds
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                await harness.Store.PingAsync();
                break;
            }
            catch (StoreUnavailableException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
        await harness.Store.PingAsync();
    }

    [Fact]
    public async Task The_store_reports_STORE_UNAVAILABLE_when_the_server_is_down()
    {
        var port = LoopbackPort.Free();
        await using var harness = ClientHarness.For(new Uri($"http://127.0.0.1:{port}"));
        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => harness.Store.PingAsync().AsTask());
        var inner = Assert.IsType<Neo4jTransientException>(e.InnerException);
        Assert.Equal(Neo4jCodes.Unreachable, inner.Code);
        await Assert.ThrowsAsync<StoreUnavailableException>(() => harness.Store.GetChainsAsync().AsTask());
    }

    [Fact]
    public async Task The_store_reports_unavailable_for_rejected_credentials_and_passes_client_errors_through()
    {
        _server.Reply(401, QueryApiBodies.Unauthorized).Reply(400, QueryApiBodies.SyntaxError);
        await using var harness = ClientHarness.For(_server.Uri);
        var down = await Assert.ThrowsAsync<StoreUnavailableException>(() => harness.Store.PingAsync().AsTask());
        Assert.IsType<Neo4jAuthenticationException>(down.InnerException);
        var bug = await Assert.ThrowsAsync<Neo4jClientException>(() => harness.Store.GetChainsAsync().AsTask());
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", bug.Code);
    }

    [Fact]
    public async Task An_import_transaction_that_fails_transiently_is_rolled_back_and_run_again_from_the_start()
    {
        var begins = 0;
        _server.Responder = request => (request.Method, request.Path) switch
        {
            ("POST", "/db/neo4j/query/v2/tx") => FakeResponse.Json(202, QueryApiBodies.TransactionOpened.Replace("lyU", "tx" + ++begins, StringComparison.Ordinal)),
            ("POST", "/db/neo4j/query/v2/tx/tx1") => FakeResponse.Json(202, QueryApiBodies.Deadlock),
            ("POST", "/db/neo4j/query/v2/tx/tx2") => FakeResponse.Json(202, QueryApiBodies.InTransaction),
            ("POST", "/db/neo4j/query/v2/tx/tx2/commit") => FakeResponse.Json(202, QueryApiBodies.Committed),
            _ => new FakeResponse(500, "unexpected " + request.Method + " " + request.Path),
        };
        await using var harness = ClientHarness.For(_server.Uri);
        await harness.Store.ApplyAsync(new ChangeSet { Chains = [new Chain("es", "新型储能", null)] });
        Assert.Equal(
            [
                "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx1",
                "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx2", "POST /db/neo4j/query/v2/tx/tx2/commit",
            ],
            _server.Requests.Select(r => $"{r.Method} {r.Path}").ToArray());
        Assert.Contains("UNWIND $rows AS row", _server.Requests[3].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_whose_commit_gets_no_answer_is_not_run_again()
    {
        _server.Reply(202, QueryApiBodies.TransactionOpened).Reply(202, QueryApiBodies.InTransaction).Reply(new FakeResponse(0, Abort: true));
        await using var harness = ClientHarness.For(_server.Uri);
        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => harness.Store.ApplyAsync(new ChangeSet { Chains = [new Chain("es", null, null)] }).AsTask());
        Assert.Contains("unknown", e.Message, StringComparison.Ordinal);
        Assert.Equal(3, _server.Requests.Count);
    }
}
