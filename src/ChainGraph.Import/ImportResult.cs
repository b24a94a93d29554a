using ChainGraph.Domain.Validation;

namespace ChainGraph.Import;

/// <summary>The outcome of an import or a validation: rows read, and every problem (empty when it succeeded).</summary>
public sealed record ImportResult(int Rows, IReadOnlyList<ValidationProblem> Problems, bool Applied)
{
    public bool Succeeded => Problems.Count == 0;
}
