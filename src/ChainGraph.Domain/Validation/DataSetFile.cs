using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Validation;

/// <summary>
/// One CSV file of a data set: its name, what it holds, its columns (key first) and the columns every row
/// needs a value in (the key columns and the required values), which the header must therefore name.
/// </summary>
public sealed record DataSetFile(string FileName, EntityKind Kind, IReadOnlyList<string> Columns, IReadOnlyList<string> RequiredColumns);
