namespace ChainGraph.Domain.Validation;

/// <summary>
/// A data row as read from a file: the line where its record starts, and its non-empty trimmed cells
/// by column name. <see cref="DataSetDraft.AddRow"/> parses it at once and keeps only what it parsed, so a reader may
/// fill the same dictionary again for its next row.
/// </summary>
public readonly record struct RawRow(int Line, IReadOnlyDictionary<string, string> Cells);
