using System.Collections.Concurrent;

namespace ChainGraph.TestSupport.Differential;

/// <summary>
/// Counts, per question kind, the expected answers asked for, those with something in them and those with
/// the richer case (ties to more than one anchor group, several paths, a gap named by several anchors...).
/// </summary>
public sealed class DiffTally
{
    private readonly ConcurrentDictionary<string, (int Asked, int NonEmpty, int Rich)> _counts = new(StringComparer.Ordinal);

    public void Add(string kind, bool nonEmpty, bool rich) =>
        _counts.AddOrUpdate(kind, _ => (1, nonEmpty ? 1 : 0, rich ? 1 : 0), (_, c) => (c.Asked + 1, c.NonEmpty + (nonEmpty ? 1 : 0), c.Rich + (rich ? 1 : 0)));

    public (int Asked, int NonEmpty, int Rich) this[string kind] => _counts.GetValueOrDefault(kind);

    /// <summary>Fails unless every kind had non-empty answers and the richer case came up at least once.</summary>
    public void AssertNotVacuous()
    {
        foreach (var kind in new[] { DiffQuestion.Coverage, DiffQuestion.Gaps, DiffQuestion.Targets, DiffQuestion.Paths, DiffQuestion.Pipeline })
        {
            var (asked, nonEmpty, rich) = this[kind];
            Assert.True(asked > 0 && nonEmpty > 0 && rich > 0, $"{kind}: {asked} asked, {nonEmpty} non-empty, {rich} with the richer case; the comparison says too little. {this}");
        }
        foreach (var kind in new[] { "gap Fill", "gap Strengthen", "gap Extend" })
        {
            Assert.True(this[kind].Asked > 0, $"no {kind} among the expected answers. {this}");
        }
    }

    public override string ToString() =>
        string.Join("; ", _counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}: {kv.Value.Asked}/{kv.Value.NonEmpty}/{kv.Value.Rich}"));
}
