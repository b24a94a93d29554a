namespace ChainGraph.Domain.Validation;

/// <summary>
/// A data row as read from a file: the line where its record starts, and its non-empty trimmed cells
/// by column name.
/// </summary>
public sealed record RawRow(int Line, IReadOnlyDictionary<string, string> Cells);
