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
    public static async Task<ImportResult> RunAsync(
        string folder, System.Text.Encoding? encoding, IGraphStore store, bool replace, bool apply, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        DataSetDraft? draft = DataSetReader.ReadFolder(folder, encoding);
        progress?.Invoke($"read {draft.RowCount} rows");
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
        var changes = draft.ToChangeSet(replace);
        // the rows' positions were for problems: let them go before the store builds its next snapshot beside the rows
        draft = null;
        await store.ApplyAsync(changes, cancellationToken).ConfigureAwait(false);
        progress?.Invoke("committed");
        return new ImportResult(rows, [], Applied: true);
    }

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
