namespace ChainGraph.Domain.Store;

/// <summary>A company's value for an order: a text (names) or a number (years, counts, yuan); neither when it has none.</summary>
public readonly record struct CompanySortKey(string? Text, decimal? Number)
{
    public bool IsMissing => Text is null && Number is null;
}
