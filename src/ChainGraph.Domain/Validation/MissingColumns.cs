namespace ChainGraph.Domain.Validation;

/// <summary>The required columns a file's header lacks, and whether they have been reported yet.</summary>
internal sealed class MissingColumns(IReadOnlyList<string> columns)
{
    public IReadOnlyList<string> Columns { get; } = columns;

    public bool Reported { get; set; }
}
