namespace ChainGraph.Domain.Validation;

/// <summary>A problem with one field (column name) of an entity.</summary>
public readonly record struct FieldProblem(string Field, string Message);
