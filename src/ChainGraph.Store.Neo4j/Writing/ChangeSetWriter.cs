using System.Diagnostics;
using ChainGraph.Domain.Model;
using ChainGraph.Store.Neo4j.Client;
using ChainGraph.Store.Neo4j.Cypher;
using ChainGraph.Store.Neo4j.Errors;
using ChainGraph.Store.Neo4j.Mapping;
using Microsoft.Extensions.Logging;

namespace ChainGraph.Store.Neo4j.Writing;

/// <summary>
/// Writes a validated change set with <c>UNWIND $rows ... MERGE ... SET</c> batches, in dependency order
/// (nodes of a kind before the edges between them), then its deletions (supplies, anchors, region priorities). Up to <see cref="Neo4jOptions.MaxTransactionalRows"/>
/// rows go in one explicit transaction: committed at the end, rolled back on any error, and run again
/// from the start after a transient failure. Larger change sets are written batch by batch in implicit
/// transactions; every statement is an idempotent upsert, so a failed import is repaired by running it again.
/// </summary>
internal sealed class ChangeSetWriter(Neo4jQueryClient client, Neo4jOptions options, ILogger logger)
{
    public const string Transactional = "one transaction";
    public const string Batched = "idempotent batches";

    public static IReadOnlyList<WriteStep> Steps(ChangeSet changes)
    {
        var regions = changes.Regions.Select(RowWriter.Region).ToArray();
        var segments = changes.Segments.Select(RowWriter.Segment).ToArray();
        var companies = changes.Companies.Select(RowWriter.Company).ToArray();
        WriteStep[] steps =
        [
            new("chains", CypherScripts.UpsertChains, changes.Chains.Select(RowWriter.Chain).ToArray()),
            new("regions", CypherScripts.UpsertRegions, regions),
            new("region parents", CypherScripts.LinkRegions, regions),
            new("segments", CypherScripts.UpsertSegments, segments),
            new("segment links", CypherScripts.LinkSegments, segments),
            new("segment flows", CypherScripts.UpsertFlows, changes.Flows.Select(RowWriter.Flow).ToArray()),
            new("region priorities", CypherScripts.UpsertRegionPriorities, changes.RegionPriorities.Select(RowWriter.RegionPriority).ToArray()),
            new("companies", CypherScripts.UpsertCompanies, companies),
            new("company groups", CypherScripts.LinkCompanies, companies),
            new("anchors", CypherScripts.UpsertAnchors, changes.Anchors.Select(RowWriter.Anchor).ToArray()),
            new("sites", CypherScripts.UpsertSites, changes.Sites.Select(RowWriter.Site).ToArray()),
            new("supplies", CypherScripts.UpsertSupplies, changes.Supplies.Select(RowWriter.Supply).ToArray()),
            new("projects", CypherScripts.UpsertProjects, changes.Projects.Select(RowWriter.Project).ToArray()),
        ];
        return steps.Where(s => s.Rows.Count > 0).ToArray();
    }

    /// <summary>The deletions of a change set, run after its upserts: each statement with its distinct keys.</summary>
    public static IReadOnlyList<WriteStep> Deletions(ChangeSet changes)
    {
        WriteStep[] steps =
        [
            new("deleted supplies", CypherScripts.DeleteSupplies, SupplyKeys(changes.DeletedSupplies)),
            new("deleted anchors", CypherScripts.DeleteAnchors, AnchorKeys(changes.DeletedAnchors)),
            new("deleted region priorities", CypherScripts.DeleteRegionPriorities, RegionPriorityKeys(changes.DeletedRegionPriorities)),
        ];
        return steps.Where(s => s.Rows.Count > 0).ToArray();
    }

    /// <summary>Applies the change set; returns the mode used.</summary>
    public async Task<string> ApplyAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        string mode;
        if (changes.RowCount <= options.MaxTransactionalRows)
        {
            await InOneTransactionAsync(changes, cancellationToken).ConfigureAwait(false);
            mode = Transactional;
        }
        else
        {
            Log.BatchedImport(logger, changes.RowCount, options.MaxTransactionalRows);
            await InBatchesAsync(changes, cancellationToken).ConfigureAwait(false);
            mode = Batched;
        }
        Log.Applied(logger, changes.RowCount, changes.ReplaceAll, mode, clock.ElapsedMilliseconds);
        return mode;
    }

    private async Task InOneTransactionAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        var steps = Steps(changes);
        var attempts = options.Resilience.TransactionRetries + 1;
        for (var attempt = 1; ; attempt++)
        {
            var committing = false;
            try
            {
                var tx = await client.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (tx.ConfigureAwait(false))
                {
                    if (changes.ReplaceAll)
                    {
                        var chunk = new Dictionary<string, object?> { ["limit"] = (long)options.BatchSize * 10 };
                        while ((await tx.RunAsync(CypherScripts.DeleteAllChunk, chunk, cancellationToken).ConfigureAwait(false)).Records[0].Int64("deleted") > 0)
                        {
                        }
                    }
                    foreach (var step in steps)
                    {
                        foreach (var batch in step.Batches(options.BatchSize))
                        {
                            await tx.RunAsync(step.Statement, Rows(batch), cancellationToken).ConfigureAwait(false);
                        }
                    }
                    foreach (var deletion in Deletions(changes))
                    {
                        await tx.RunAsync(deletion.Statement, Keys(deletion.Rows), cancellationToken).ConfigureAwait(false);
                    }
                    committing = true;
                    await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
                return;
            }
            catch (Neo4jTransientException e) when (committing && !e.IsServerCode)
            {
                // No answer to the commit: it may or may not have been applied. Not retried blindly.
                throw new Neo4jTransientException(
                    e.Code,
                    "The import's commit got no answer, so whether it was applied is unknown. Importing is idempotent: run the same import again. " + e.Message,
                    e.StatusCode,
                    e);
            }
            catch (Neo4jTransientException e) when (attempt < attempts)
            {
                // Neo4j rolled the transaction back (or it was rolled back on dispose): run it all again.
                Log.TransactionRetry(logger, attempt, attempts, e);
                var delay = options.Resilience.RetryDelay * Math.Pow(2, attempt - 1);
                await Task.Delay(delay < options.Resilience.MaxRetryDelay ? delay : options.Resilience.MaxRetryDelay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task InBatchesAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        if (changes.ReplaceAll)
        {
            var chunk = new Dictionary<string, object?> { ["limit"] = (long)options.BatchSize * 10 };
            await client.RunAsync(CypherScripts.DeleteAllInTransactions, chunk, idempotent: true, cancellationToken).ConfigureAwait(false);
        }
        foreach (var step in Steps(changes))
        {
            foreach (var batch in step.Batches(options.BatchSize))
            {
                await client.RunAsync(step.Statement, Rows(batch), idempotent: true, cancellationToken).ConfigureAwait(false);
            }
        }
        foreach (var deletion in Deletions(changes))
        {
            foreach (var batch in deletion.Batches(options.BatchSize))
            {
                await client.RunAsync(deletion.Statement, Keys(batch), idempotent: true, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static Dictionary<string, object?> Rows(IReadOnlyList<IReadOnlyDictionary<string, object?>> batch) => new() { ["rows"] = batch };

    /// <summary>The <c>$keys</c> parameter of a Delete*.cypher statement.</summary>
    internal static Dictionary<string, object?> Keys(IReadOnlyList<IReadOnlyDictionary<string, object?>> keys) => new() { ["keys"] = keys };

    internal static IReadOnlyDictionary<string, object?>[] SupplyKeys(IEnumerable<SupplyKey> keys) =>
        keys.Distinct().Select(RowWriter.SupplyKey).ToArray();

    internal static IReadOnlyDictionary<string, object?>[] AnchorKeys(IEnumerable<AnchorKey> keys) =>
        keys.Distinct().Select(RowWriter.AnchorKey).ToArray();

    internal static IReadOnlyDictionary<string, object?>[] RegionPriorityKeys(IEnumerable<RegionPriorityKey> keys) =>
        keys.Distinct().Select(RowWriter.RegionPriorityKey).ToArray();
}
