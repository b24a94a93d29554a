namespace ChainGraph.Domain.Validation;

/// <summary>A parsed row and where it came from.</summary>
public sealed record Located<T>(T Value, string File, int Line);
