namespace ChainGraph.Domain.Store;

/// <summary>A value to order by: a text (names) or a number (years, counts, yuan, dates as day numbers); neither when there is none.</summary>
public readonly record struct OrderKey(string? Text, decimal? Number)
{
    public bool IsMissing => Text is null && Number is null;
}
