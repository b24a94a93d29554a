using ChainGraph.Domain;
using ChainGraph.Domain.Analysis;

namespace ChainGraph.TestSupport.Differential;

public static partial class AnswerFields
{
    public static List<(string Path, object? Value)> Of(IReadOnlyList<RegionComparisonRow> rows)
    {
        var fields = new List<(string, object?)> { ("count", rows.Count) };
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            fields.Add(($"[{i}].segment", r.Segment.Id));
            fields.Add(($"[{i}].cells.count", r.Cells.Count));
            for (var k = 0; k < r.Cells.Count; k++)
            {
                var c = r.Cells[k];
                fields.Add(($"[{i}].cells[{k}].region", c.RegionCode));
                fields.Add(($"[{i}].cells[{k}].localCompanyCount", c.LocalCompanyCount));
                fields.Add(($"[{i}].cells[{k}].status", Name(c.Status)));
                fields.Add(($"[{i}].cells[{k}].locationQuotient", c.LocationQuotient));
            }
        }
        return fields;
    }

    public static List<(string Path, object? Value)> Of(RecruitmentSimulation simulation)
    {
        var fields = new List<(string, object?)>
        {
            ("gapsBefore", simulation.GapsBefore),
            ("gapsAfter", simulation.GapsAfter),
        };
        AddGaps(fields, "closedGaps.", simulation.ClosedGaps);
        AddGaps(fields, "newGaps.", simulation.NewGaps);
        fields.Add(("changedGaps.count", simulation.ChangedGaps.Count));
        for (var i = 0; i < simulation.ChangedGaps.Count; i++)
        {
            var c = simulation.ChangedGaps[i];
            fields.Add(($"changedGaps[{i}]", $"{c.Segment.Id} {Name(c.KindBefore)}/{Name(c.StatusBefore)} -> {Name(c.KindAfter)}/{Name(c.StatusAfter)}"));
        }
        fields.Add(("coverageChanges.count", simulation.CoverageChanges.Count));
        for (var i = 0; i < simulation.CoverageChanges.Count; i++)
        {
            var c = simulation.CoverageChanges[i];
            fields.Add(($"coverageChanges[{i}]", $"{c.Segment.Id} {c.CountBefore}/{Name(c.StatusBefore)} -> {c.CountAfter}/{Name(c.StatusAfter)}"));
        }
        return fields;
    }

    /// <summary>The expected error, as fields.</summary>
    public static List<(string Path, object? Value)> Of(DiffError error) =>
    [
        ("error.code", error.Code),
        ("error.argument", error.Argument),
        ("error.quotes", error.Id is null ? "-" : $"'{error.Id}'"),
    ];

    /// <summary>
    /// An error an answerer gave, as fields to compare with <see cref="Of(DiffError)"/>: the code, the argument it
    /// names, and whether its message quotes the expected id.
    /// </summary>
    public static List<(string Path, object? Value)> Of(BadArgumentException error, DiffError? expected) =>
    [
        ("error.code", error.Code),
        ("error.argument", DiffError.ArgumentOf(error.Argument)),
        ("error.quotes", expected?.Id is not { } id ? "-" : error.Message.Contains($"'{id}'", StringComparison.Ordinal) ? $"'{id}'" : $"no '{id}' in: {error.Message}"),
    ];
}
