namespace ChainGraph.Domain.Validation;

/// <summary>One reason a row is invalid: where it is, which field (column name), and why.</summary>
public sealed record ValidationProblem(string File, int Line, string? Field, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
