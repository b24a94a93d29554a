using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Domain.Validation;

namespace ChainGraph.Import;

/// <summary>Validates a data set folder completely, then applies it to a store in one change, or not at all.</summary>
public static class DataSetImporter
{
    /// <summary>Reads and validates a folder; with <paramref name="apply"/> writes it when there is no problem.</summary>
    public static Task<ImportResult> RunAsync(
        string folder, IGraphStore store, bool replace, bool apply, Action<string>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(folder, null, store, replace, apply, progress, cancellationToken);

    /// <summary>As above, with the CSV files' encoding (null: UTF-8; <see cref="DataSetReader.Gbk"/> for GBK files).</summary>
    public static Task<ImportResult> RunAsync(
        string folder, System.Text.Encoding? encoding, IGraphStore store, bool replace, bool apply, Action<string>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(folder, encoding, Task.FromResult(store), replace, apply, progress, cancellationToken);

    /// <summary>
    /// As above, with a store still being opened (the command-line import opens its store while the folder is read): it is
    /// awaited when the first rows can be staged, or when the data set is read. Should reading the folder fail, the
    /// store's own failure is not reported.
    /// </summary>
    public static async Task<ImportResult> RunAsync(
        string folder, System.Text.Encoding? encoding, Task<IGraphStore> opening, bool replace, bool apply, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opening);
        // A store that can start writing before the data set is validated gets its rows early: the embedded store writes
        // them on a worker thread while the rest is read and the rules are checked here (a large import's longest step
        // otherwise done after). The files that define keys (companies above all) are staged as soon as they are read,
        // each later file as soon as it is read, the rest when the folder is read; if a file or a rule is broken,
        // disposing the staged write abandons what it wrote.
        Task<IStagedWrite?>? stagingFirst = null;
        var streamed = new Dictionary<DataSetDraft, int>();
        DataSetDraft? draft;
        try
        {
            draft = DataSetReader.ReadFolder(
                folder,
                encoding,
                read =>
                {
                    if (apply && read.IsValid)
                    {
                        stagingFirst = StageFirstAsync(opening, Distinct(read.ToChangeSet(replace)), cancellationToken);
                    }
                },
                part => StageRead(part, stagingFirst, streamed));
        }
        catch
        {
            // the folder could not be read: abandon what was staged (a failure to stage, or to open the store, is not the
            // one to report)
            await Task.WhenAll(opening, stagingFirst ?? Task.FromResult<IStagedWrite?>(null)).ContinueWith(_ =>
            {
                if (stagingFirst is { IsCompletedSuccessfully: true, Result: { } staged })
                {
                    staged.Dispose();
                }
            }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }
        IGraphStore store;
        try
        {
            store = await opening.ConfigureAwait(false);
        }
        catch
        {
            // the staging waited for the same store and failed with it: the failure is reported once, from here
            _ = stagingFirst?.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw;
        }
        progress?.Invoke($"read {draft.RowCount} rows");
        var changes = apply && draft.IsValid ? Distinct(draft.ToChangeSet(replace)) : null;
        using var staged = await StageAllAsync(store, stagingFirst, changes, cancellationToken).ConfigureAwait(false);
        await DataSetValidator.ValidateAsync(draft, store, replace, cancellationToken).ConfigureAwait(false);
        if (!draft.IsValid)
        {
            return new ImportResult(draft.RowCount, Ordered(draft.Problems), Applied: false);
        }
        progress?.Invoke("validated");
        if (!apply)
        {
            return new ImportResult(draft.RowCount, [], Applied: false);
        }
        var rows = draft.RowCount;
        changes ??= Distinct(draft.ToChangeSet(replace));
        // the rows' positions were for problems: let them go before the store builds its next snapshot beside the rows
        draft = null;
        if (staged is not null)
        {
            await staged.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await store.ApplyAsync(changes, cancellationToken).ConfigureAwait(false);
        }
        progress?.Invoke("committed");
        return new ImportResult(rows, [], Applied: true);
    }

    /// <summary>
    /// The staged write for the whole change set (null: nothing to write, or a store that cannot stage): the one begun
    /// with the key files' rows, extended, or a new one; a write begun for a data set that then proved broken is abandoned.
    /// </summary>
    private static async Task<IStagedWrite?> StageAllAsync(IGraphStore store, Task<IStagedWrite?>? stagingFirst, ChangeSet? changes, CancellationToken cancellationToken)
    {
        var first = await Staged(stagingFirst).ConfigureAwait(false);
        if (first is not null)
        {
            if (changes is null)
            {
                first.Dispose();
                return null;
            }
            try
            {
                first.Extend(changes);
            }
            catch
            {
                first.Dispose();
                throw;
            }
            return first;
        }
        return changes is not null && store is IStagedWriter stager
            ? await stager.StageAsync(changes, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>
    /// The change set of a data set, marked as holding each key once: it is committed only when the rules hold, the
    /// duplicate-key rule among them (<see cref="DataSetValidator"/>).
    /// </summary>
    private static ChangeSet Distinct(ChangeSet changes) => changes with { KeysAreDistinct = true };

    /// <summary>
    /// Stages the rows of a later file read since the last call (each file in batches as it is read, on its reading
    /// thread), while it holds no problem (one that does fails the import anyway) and when the first rows were staged by
    /// its first batch; a file not staged from its first row on is left whole to the extension, which writes every row
    /// of a table no part brought. <paramref name="streamed"/> holds, per file, how many of its rows are staged (-1: none
    /// will be).
    /// </summary>
    private static void StageRead(DataSetDraft part, Task<IStagedWrite?>? stagingFirst, Dictionary<DataSetDraft, int> streamed)
    {
        lock (streamed)
        {
            if (!streamed.TryGetValue(part, out var staged))
            {
                staged = stagingFirst is { IsCompletedSuccessfully: true, Result: not null } ? 0 : -1;
            }
            if (staged >= 0 && part.IsValid && part.RowCount > staged)
            {
                stagingFirst!.Result!.Add(part.ToChangeSet(replaceAll: false, skip: staged));
                staged = part.RowCount;
            }
            else if (!part.IsValid)
            {
                staged = -1;
            }
            streamed[part] = staged;
        }
    }

    /// <summary>The write staged with the key files, once begun (null when none was).</summary>
    private static async Task<IStagedWrite?> Staged(Task<IStagedWrite?>? staging) =>
        staging is null ? null : await staging.ConfigureAwait(false);

    /// <summary>Stages the key files' rows once the store is open, when it can stage (null when it cannot).</summary>
    private static async Task<IStagedWrite?> StageFirstAsync(Task<IGraphStore> opening, ChangeSet first, CancellationToken cancellationToken) =>
        await opening.ConfigureAwait(false) is IStagedWriter stager
            ? await stager.StageFirstAsync(first, cancellationToken).ConfigureAwait(false)
            : null;

    /// <summary>Problems by file (in data set order, unknown files first), then line.</summary>
    public static IReadOnlyList<ValidationProblem> Ordered(IReadOnlyList<ValidationProblem> problems)
    {
        int FileRank(string file)
        {
            for (var i = 0; i < DataSetSchema.Files.Count; i++)
            {
                if (DataSetSchema.Files[i].FileName == file)
                {
                    return i + 1;
                }
            }
            return 0;
        }
        return problems.Select((p, i) => (p, i)).OrderBy(x => FileRank(x.p.File)).ThenBy(x => x.p.Line).ThenBy(x => x.i).Select(x => x.p).ToList();
    }
}
