using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Validation;

/// <summary>One CSV file of a data set: its name, what it holds and its columns (key first).</summary>
public sealed record DataSetFile(string FileName, EntityKind Kind, IReadOnlyList<string> Columns);
