using System.Collections.Concurrent;
using ChainGraph.Domain.Analysis;

namespace ChainGraph.TestSupport.Differential;

/// <summary>
/// Counts, per question kind, the expected answers asked for, those with something in them and those with
/// the richer case (ties to more than one anchor group, several paths, a gap named by several anchors...);
/// and, per feature of the contract (a committed gap, a group-local target, a closed gap...), how many
/// expected answers showed it.
/// </summary>
public sealed class DiffTally
{
    private readonly ConcurrentDictionary<string, (int Asked, int NonEmpty, int Rich)> _counts = new(StringComparer.Ordinal);

    /// <summary>The features every sweep must meet at least once (with a non-empty answer).</summary>
    public static IReadOnlyList<string> RequiredFeatures { get; } =
    [
        "gap FILL", "gap STRENGTHEN", "gap EXTEND", "gap committed", "gap uncommitted with pipeline", "gap declared",
        "gap with linked local companies", "targets scope NEW", "targets scope EXPANSION", "targets scope ALL",
        "target with ties of mixed confidence", "simulation closes a gap", "simulation turns FILL into STRENGTHEN",
        "simulation changes coverage", "error chainCoverage", "error chainGaps", "error recruitTargets", "error supplyPaths",
        "error projectPipeline", "error compareRegions", "error simulateRecruitment",
    ];

    public void Add(string kind, bool nonEmpty, bool rich) =>
        _counts.AddOrUpdate(kind, _ => (1, nonEmpty ? 1 : 0, rich ? 1 : 0), (_, c) => (c.Asked + 1, c.NonEmpty + (nonEmpty ? 1 : 0), c.Rich + (rich ? 1 : 0)));

    public (int Asked, int NonEmpty, int Rich) this[string kind] => _counts.GetValueOrDefault(kind);

    /// <summary>Counts what a list of gaps shows: its kinds, committed and declared gaps, linked local companies.</summary>
    public static void AddGapFeatures(DiffTally tally, string prefix, IReadOnlyList<ChainGap> gaps)
    {
        foreach (var kind in gaps.Select(g => g.Kind).Distinct())
        {
            tally.Add($"{prefix} {Domain.Text.ContractNames.Of(kind)}", true, false);
        }
        tally.Add($"{prefix} committed", gaps.Any(g => g.Committed), false);
        tally.Add($"{prefix} uncommitted with pipeline", gaps.Any(g => !g.Committed && g.Pipeline.Count > 0), false);
        tally.Add($"{prefix} declared", gaps.Any(g => g.Declared), false);
        tally.Add($"{prefix} with linked local companies", gaps.Any(g => g.LinkedLocalCompanies > 0), false);
    }

    public static void AddSimulationFeatures(DiffTally tally, RecruitmentSimulation simulation)
    {
        tally.Add("simulation closes a gap", simulation.ClosedGaps.Count > 0, false);
        tally.Add("simulation opens a gap", simulation.NewGaps.Count > 0, false);
        tally.Add("simulation turns FILL into STRENGTHEN", simulation.ChangedGaps.Any(c => c.KindBefore == GapKind.Fill && c.KindAfter == GapKind.Strengthen), false);
        tally.Add("simulation changes coverage", simulation.CoverageChanges.Count > 0, false);
    }

    /// <summary>A target tied to several anchor groups through rows of different confidences.</summary>
    public static bool HasMixedTies(RecruitTarget t) =>
        t.AnchorTies > 1 && new[] { 1.0, 0.6, 0.3 }.All(w => Math.Abs(t.TieStrength - (w * t.AnchorTies)) > 1e-9);

    /// <summary>Fails unless every kind had non-empty answers and the richer case came up, and every required feature showed.</summary>
    public void AssertNotVacuous()
    {
        foreach (var kind in DiffQuestion.Kinds)
        {
            var (asked, nonEmpty, rich) = this[kind];
            Assert.True(asked > 0 && nonEmpty > 0 && rich > 0, $"{kind}: {asked} asked, {nonEmpty} non-empty, {rich} with the richer case; the comparison says too little. {this}");
        }
        foreach (var feature in RequiredFeatures)
        {
            Assert.True(this[feature].NonEmpty > 0, $"no expected answer showed '{feature}'. {this}");
        }
    }

    public override string ToString() =>
        string.Join("; ", _counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}: {kv.Value.Asked}/{kv.Value.NonEmpty}/{kv.Value.Rich}"));
}
