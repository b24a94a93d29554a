using System.Net.Http.Headers;
using ChainGraph.Store.Neo4j.Errors;
using ChainGraph.Store.Neo4j.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChainGraph.Store.Neo4j.Client;

/// <summary>
/// Typed HttpClient for Neo4j's Query API (<c>POST /db/{db}/query/v2</c>). Queries run in implicit
/// transactions; <see cref="BeginTransactionAsync"/> opens an explicit one for multi-statement writes.
/// Answers are read as typed JSON. Failures surface as <see cref="Neo4jException"/> subclasses, by Neo4j code.
/// Each request is marked idempotent or not, which decides whether the resilience handler may retry it.
/// </summary>
public sealed class Neo4jQueryClient
{
    public const string TypedJsonMediaType = "application/vnd.neo4j.query";
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly ILogger _logger;
    private readonly string _queryPath;
    private volatile IReadOnlyList<string> _bookmarks = [];

    public Neo4jQueryClient(HttpClient http, IOptions<Neo4jOptions> options, ILogger<Neo4jQueryClient>? logger = null)
    {
        _http = http;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        var o = options.Value;
        if (_http.BaseAddress is null && o.Uri is not null)
        {
            _http.BaseAddress = BaseAddressOf(o.Uri);
        }
        _queryPath = $"db/{Uri.EscapeDataString(o.Database)}/query/v2";
        _http.DefaultRequestHeaders.Authorization = AuthorizationOf(o);
    }

    /// <summary>The newest bookmarks seen; sent with every implicit-transaction request so that a read follows this process's writes.</summary>
    public IReadOnlyList<string> Bookmarks => _bookmarks;

    /// <summary>
    /// Runs one statement in an implicit transaction. Pass <c>idempotent: true</c> for reads and MERGE/SET
    /// writes: only such a request may be sent again after a transient failure.
    /// </summary>
    public async Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, bool idempotent, CancellationToken cancellationToken = default)
    {
        var (result, _) = await SendAsync(HttpMethod.Post, _queryPath, Neo4jRequestBody.Write(statement, parameters, _bookmarks), idempotent, null, statement, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Opens an explicit transaction. Retried like a read: a lost answer only leaves an idle transaction that expires.</summary>
    public async Task<Neo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        // An empty body opens the transaction without running anything (the documented form on every 5.26+ server).
        var (result, affinity) = await SendAsync(HttpMethod.Post, _queryPath + "/tx", null, idempotent: true, null, "BEGIN", cancellationToken).ConfigureAwait(false);
        var id = result.TransactionId
            ?? throw new Neo4jException(Neo4jCodes.Unknown, "Neo4j opened no transaction: the answer has no transaction id");
        Log.TransactionOpened(_logger, id, result.TransactionExpires);
        return new Neo4jTransaction(this, id, affinity, result.TransactionExpires);
    }

    internal async Task<Neo4jResult> RunInTransactionAsync(Neo4jTransaction tx, string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        ThrowIfClosed(tx);
        try
        {
            var (result, affinity) = await SendAsync(HttpMethod.Post, TxPath(tx), Neo4jRequestBody.Write(statement, parameters, null), idempotent: false, tx.Affinity, statement, cancellationToken).ConfigureAwait(false);
            tx.Affinity = affinity ?? tx.Affinity;
            tx.Expires = result.TransactionExpires ?? tx.Expires;
            if (result.TransactionId is null)
            {
                tx.IsClosed = true;
            }
            return result;
        }
        catch (Neo4jException e) when (e.IsServerCode)
        {
            // Neo4j rolls a transaction back when a statement in it fails.
            tx.IsClosed = true;
            throw;
        }
    }

    internal async Task<Neo4jResult> CommitAsync(Neo4jTransaction tx, CancellationToken cancellationToken)
    {
        ThrowIfClosed(tx);
        try
        {
            var (result, _) = await SendAsync(HttpMethod.Post, TxPath(tx) + "/commit", null, idempotent: false, tx.Affinity, "COMMIT", cancellationToken).ConfigureAwait(false);
            return result;
        }
        finally
        {
            tx.IsClosed = true;
        }
    }

    internal async Task RollbackAsync(Neo4jTransaction tx, CancellationToken cancellationToken)
    {
        if (tx.IsClosed)
        {
            return;
        }
        try
        {
            await SendAsync(HttpMethod.Delete, TxPath(tx), null, idempotent: true, tx.Affinity, "ROLLBACK", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            tx.IsClosed = true;
        }
    }

    internal async Task RollbackQuietlyAsync(Neo4jTransaction tx)
    {
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await RollbackAsync(tx, cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException or HttpRequestException)
        {
            Log.RollbackFailed(_logger, tx.Id, e);
        }
    }

    private async Task<(Neo4jResult Result, string? Affinity)> SendAsync(
        HttpMethod method, string path, byte[]? body, bool idempotent, string? affinity, string what, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJsonMediaType));
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }
        Neo4jRequestPolicy.MarkIdempotent(request, idempotent);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            Neo4jResult result;
            try
            {
                result = Neo4jResult.Parse(bytes);
            }
            catch (System.Text.Json.JsonException e)
            {
                throw new Neo4jException(Neo4jCodes.Unknown, "Neo4j sent an answer that is not Query API JSON: " + e.Message, response.StatusCode, e);
            }
            if (result.Notifications.Count > 0)
            {
                var query = Shorten(what);
                foreach (var n in result.Notifications)
                {
                    Log.Notification(_logger, n.Code, n.Severity, query, n.Description);
                }
            }
            if (result.Bookmarks.Count > 0)
            {
                _bookmarks = result.Bookmarks;
            }
            var newAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return (result, newAffinity ?? affinity);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not Neo4jException && Neo4jResiliencePipeline.Translate(e) is { } translated)
        {
            throw translated;
        }
    }

    private string TxPath(Neo4jTransaction tx) => $"{_queryPath}/tx/{Uri.EscapeDataString(tx.Id)}";

    private static void ThrowIfClosed(Neo4jTransaction tx)
    {
        if (tx.IsClosed)
        {
            throw new InvalidOperationException($"Neo4j transaction {tx.Id} is already closed");
        }
    }

    private static string Shorten(string statement)
    {
        var line = statement.ReplaceLineEndings(" ");
        return line.Length <= 80 ? line : line[..80] + "...";
    }

    /// <summary>The base address with a trailing slash, so that relative request paths keep a path prefix (a proxy's /neo4j/).</summary>
    public static Uri BaseAddressOf(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    /// <summary>Basic (user and password) or bearer authentication, or none.</summary>
    public static AuthenticationHeaderValue? AuthorizationOf(Neo4jOptions options)
    {
        if (!string.IsNullOrEmpty(options.BearerToken))
        {
            return new AuthenticationHeaderValue("Bearer", options.BearerToken);
        }
        if (!string.IsNullOrEmpty(options.User))
        {
            var pair = System.Text.Encoding.UTF8.GetBytes($"{options.User}:{options.Password}");
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(pair));
        }
        return null;
    }
}
