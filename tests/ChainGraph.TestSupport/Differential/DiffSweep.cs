namespace ChainGraph.TestSupport.Differential;

/// <summary>
/// How much the differential tests try: the default sweep fits in a few minutes of <c>tests/run.sh</c>;
/// <c>CHAINGRAPH_DIFF_SWEEP=large</c> adds more seeds, a 100,000-company data set and more questions each.
/// </summary>
public sealed record DiffSweep(string Name, IReadOnlyList<(int Companies, int Seed)> DataSets, int QuestionsPerKind)
{
    public const string Variable = "CHAINGRAPH_DIFF_SWEEP";

    public static DiffSweep Current { get; } =
        string.Equals(Environment.GetEnvironmentVariable(Variable), "large", StringComparison.OrdinalIgnoreCase)
            ? new DiffSweep("large", [(1_000, 1), (1_000, 2), (1_000, 3), (1_000, 4), (10_000, 1), (10_000, 2), (10_000, 3), (100_000, 1)], 150)
            : new DiffSweep("default", [(1_000, 1), (1_000, 2), (10_000, 1), (10_000, 7)], 40);

    public bool IsLarge => Name == "large";
}
