using System.Diagnostics;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Store.Neo4j.Client;
using ChainGraph.Store.Neo4j.Cypher;
using ChainGraph.Store.Neo4j.Errors;
using ChainGraph.Store.Neo4j.Writing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChainGraph.Store.Neo4j;

/// <summary>
/// The store port over Neo4j. Every question is one Cypher statement from Cypher/*.cypher; what the
/// embedded store computes from its snapshot (roll-ups over WITHIN and PART_OF, group roots, anchors)
/// is computed by the Cypher, and the few answers that need exact doubles or code-point order (nearest
/// site, sorting) are finished in C#. "Store down" (network, timeouts, open circuit, transient Neo4j
/// errors after retries, rejected credentials) surfaces as <see cref="StoreUnavailableException"/>.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore, IDisposable
{
    private readonly Neo4jQueryClient _client;
    private readonly Neo4jOptions _options;
    private readonly ILogger _logger;
    private readonly ChangeSetWriter _writer;
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private volatile bool _schemaReady;

    public Neo4jGraphStore(Neo4jQueryClient client, IOptions<Neo4jOptions> options, ILogger<Neo4jGraphStore>? logger = null)
    {
        _client = client;
        _options = options.Value;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _writer = new ChangeSetWriter(client, _options, _logger);
        _schemaReady = !_options.EnsureSchema;
    }

    /// <summary>Creates the constraints and indexes of graph-seed/schema.cypher (IF NOT EXISTS) and waits for them.</summary>
    public async ValueTask EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        await _schemaLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await GuardAsync(async () =>
            {
                var clock = Stopwatch.StartNew();
                foreach (var statement in CypherScripts.SchemaStatements)
                {
                    await _client.RunAsync(statement, null, idempotent: true, cancellationToken).ConfigureAwait(false);
                }
                Log.SchemaEnsured(_logger, clock.ElapsedMilliseconds);
                return true;
            }).ConfigureAwait(false);
            _schemaReady = true;
        }
        finally
        {
            _schemaLock.Release();
        }
    }

    public async ValueTask ApplyAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await GuardAsync(() => _writer.ApplyAsync(changes, cancellationToken)).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public ValueTask<int> DeleteSuppliesAsync(IReadOnlyCollection<SupplyKey> keys, CancellationToken cancellationToken = default) =>
        DeleteAsync(CypherScripts.DeleteSupplies, ChangeSetWriter.SupplyKeys(keys), cancellationToken);

    public ValueTask<int> DeleteAnchorsAsync(IReadOnlyCollection<AnchorKey> keys, CancellationToken cancellationToken = default) =>
        DeleteAsync(CypherScripts.DeleteAnchors, ChangeSetWriter.AnchorKeys(keys), cancellationToken);

    public ValueTask<int> DeleteRegionPrioritiesAsync(IReadOnlyCollection<RegionPriorityKey> keys, CancellationToken cancellationToken = default) =>
        DeleteAsync(CypherScripts.DeleteRegionPriorities, ChangeSetWriter.RegionPriorityKeys(keys), cancellationToken);

    public async ValueTask PingAsync(CancellationToken cancellationToken = default) =>
        await GuardAsync(() => _client.RunAsync(CypherScripts.Ping, null, idempotent: true, cancellationToken)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyDictionary<string, string?>> FindKeysAsync(EntityKind kind, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var statement = kind switch
        {
            EntityKind.Chain => CypherScripts.FindChainKeys,
            EntityKind.Region => CypherScripts.FindRegionKeys,
            EntityKind.Segment => CypherScripts.FindSegmentKeys,
            EntityKind.Company => CypherScripts.FindCompanyKeys,
            EntityKind.Site => CypherScripts.FindSiteKeys,
            EntityKind.Project => CypherScripts.FindProjectKeys,
            _ => null,
        };
        var found = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (statement is null || keys.Count == 0)
        {
            return found;
        }
        foreach (var record in await QueryAsync(statement, new() { ["keys"] = Distinct(keys) }, cancellationToken).ConfigureAwait(false))
        {
            found[record.RequiredString("key")] = record.String("parent");
        }
        return found;
    }

    public async ValueTask<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        var r = (await QueryAsync(CypherScripts.GetStats, null, cancellationToken).ConfigureAwait(false))[0];
        return new GraphStats(
            r.Int32("chains"),
            r.Int32("regions"),
            r.Int32("segments"),
            r.Int32("flows"),
            r.Int32("companies"),
            r.Int32("sites"),
            r.Int32("siteSegments"),
            r.Int32("supplies"),
            r.Int32("projects"),
            r.Int32("anchors"),
            r.Int32("regionPriorities"));
    }

    /// <summary>Deletes every node and relationship of the database (tests).</summary>
    internal async Task ClearDatabaseAsync(CancellationToken cancellationToken = default) =>
        await GuardAsync(() => _client.RunAsync(CypherScripts.ClearDatabase, null, idempotent: true, cancellationToken)).ConfigureAwait(false);

    public void Dispose()
    {
        _schemaLock.Dispose();
        _writeLock.Dispose();
    }

    /// <summary>Runs a read (idempotent, so retried on transient failures) after the schema is in place.</summary>
    private async Task<IReadOnlyList<Neo4jRecord>> QueryAsync(string statement, Dictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        var result = await GuardAsync(() => _client.RunAsync(statement, parameters, idempotent: true, cancellationToken)).ConfigureAwait(false);
        return result.Records;
    }

    private async ValueTask ReadyAsync(CancellationToken cancellationToken)
    {
        if (!_schemaReady)
        {
            await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Maps "Neo4j cannot answer now" to <see cref="StoreUnavailableException"/>; other errors pass.</summary>
    private static async Task<T> GuardAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Neo4jException e) when (e is Neo4jTransientException or Neo4jAuthenticationException)
        {
            throw new StoreUnavailableException($"Neo4j store unavailable ({e.Code}): {e.Message}", e);
        }
    }

    /// <summary>Runs a Delete*.cypher statement with distinct keys; returns how many rows existed.</summary>
    private async ValueTask<int> DeleteAsync(string statement, IReadOnlyDictionary<string, object?>[] keys, CancellationToken cancellationToken)
    {
        if (keys.Length == 0)
        {
            return 0;
        }
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Not idempotent as far as the answer goes (a retry would count 0), so never retried.
            var result = await GuardAsync(() => _client.RunAsync(statement, ChangeSetWriter.Keys(keys), idempotent: false, cancellationToken)).ConfigureAwait(false);
            return result.Records.Count == 0 ? 0 : result.Records[0].Int32("deleted");
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static string[] Distinct(IEnumerable<string> keys) => keys.Distinct(StringComparer.Ordinal).ToArray();
}
