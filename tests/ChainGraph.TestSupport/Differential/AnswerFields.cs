using System.Globalization;
using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Text;

namespace ChainGraph.TestSupport.Differential;

/// <summary>
/// An answer laid out as (path, value) fields in answer order, so that two answers can be compared field by
/// field and the first difference named: <c>[3].anchorTies</c>, <c>[0].reasons[2].via</c>, <c>byStatus[1].count</c>.
/// Values are strings, integers, doubles or decimals; doubles are compared with a relative tolerance.
/// </summary>
public static partial class AnswerFields
{
    public static List<(string Path, object? Value)> Of(IReadOnlyList<SegmentCoverage> rows)
    {
        var fields = new List<(string, object?)> { ("count", rows.Count) };
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            fields.Add(($"[{i}].segment", r.Segment.Id));
            fields.Add(($"[{i}].status", Name(r.Status)));
            fields.Add(($"[{i}].localCompanyCount", r.LocalCompanyCount));
            fields.Add(($"[{i}].localSiteCount", r.LocalSiteCount));
            fields.Add(($"[{i}].localAnchorCount", r.LocalAnchorCount));
            fields.Add(($"[{i}].pipelineProjectCount", r.PipelineProjectCount));
            fields.Add(($"[{i}].pipelineInvestmentYuan", r.PipelineInvestmentYuan));
            fields.Add(($"[{i}].declared", Bool(r.Declared)));
        }
        return fields;
    }

    public static List<(string Path, object? Value)> Of(IReadOnlyList<ChainGap> gaps)
    {
        var fields = new List<(string, object?)>();
        AddGaps(fields, "", gaps);
        return fields;
    }

    private static void AddGaps(List<(string, object?)> fields, string prefix, IReadOnlyList<ChainGap> gaps)
    {
        fields.Add(($"{prefix}count", gaps.Count));
        for (var i = 0; i < gaps.Count; i++)
        {
            var g = gaps[i];
            var at = $"{prefix}[{i}]";
            fields.Add(($"{at}.segment", g.Segment.Id));
            fields.Add(($"{at}.kind", Name(g.Kind)));
            fields.Add(($"{at}.status", Name(g.Status)));
            fields.Add(($"{at}.anchorCount", g.AnchorCount));
            fields.Add(($"{at}.linkedLocalCompanies", g.LinkedLocalCompanies));
            fields.Add(($"{at}.declared", Bool(g.Declared)));
            fields.Add(($"{at}.committed", Bool(g.Committed)));
            fields.Add(($"{at}.pipelineProjects", string.Join(",", g.Pipeline.Select(p => p.Id))));
            fields.Add(($"{at}.reasons.count", g.Reasons.Count));
            for (var k = 0; k < g.Reasons.Count; k++)
            {
                fields.Add(($"{at}.reasons[{k}]", $"{Name(g.Reasons[k].Direction)} anchor={g.Reasons[k].AnchorId ?? "none"} via={g.Reasons[k].ViaSegmentId}"));
            }
        }
    }

    public static List<(string Path, object? Value)> Of(IReadOnlyList<RecruitTarget> targets)
    {
        var fields = new List<(string, object?)> { ("count", targets.Count) };
        for (var i = 0; i < targets.Count; i++)
        {
            var t = targets[i];
            fields.Add(($"[{i}].company", t.CompanyId));
            fields.Add(($"[{i}].score", t.Score));
            fields.Add(($"[{i}].groupLocal", Bool(t.GroupLocal)));
            fields.Add(($"[{i}].anchorTies", t.AnchorTies));
            fields.Add(($"[{i}].tieStrength", t.TieStrength));
            fields.Add(($"[{i}].credentials", t.Credentials));
            fields.Add(($"[{i}].proximity", t.Proximity));
            fields.Add(($"[{i}].distanceKm", t.DistanceKm));
            fields.Add(($"[{i}].inPipeline", Bool(t.InPipeline)));
            fields.Add(($"[{i}].suppliesAnchors", string.Join(",", t.SuppliesAnchorIds)));
            fields.Add(($"[{i}].nearestSite", t.NearestSiteId));
        }
        return fields;
    }

    public static List<(string Path, object? Value)> Of(IReadOnlyList<IReadOnlyList<string>> paths)
    {
        var fields = new List<(string, object?)> { ("count", paths.Count) };
        for (var i = 0; i < paths.Count; i++)
        {
            fields.Add(($"[{i}]", string.Join(">", paths[i])));
        }
        return fields;
    }

    public static List<(string Path, object? Value)> Of(ProjectPipeline pipeline)
    {
        var fields = new List<(string, object?)> { ("byStatus.count", pipeline.ByStatus.Count) };
        for (var i = 0; i < pipeline.ByStatus.Count; i++)
        {
            var b = pipeline.ByStatus[i];
            fields.Add(($"byStatus[{i}].status", ContractNames.Of(b.Status)));
            fields.Add(($"byStatus[{i}].count", b.Count));
            fields.Add(($"byStatus[{i}].investmentYuan", b.InvestmentYuan));
            fields.Add(($"byStatus[{i}].undisclosedCount", b.UndisclosedCount));
        }
        fields.Add(("byCategory.count", pipeline.ByCategory.Count));
        for (var i = 0; i < pipeline.ByCategory.Count; i++)
        {
            var b = pipeline.ByCategory[i];
            fields.Add(($"byCategory[{i}].category", b.Category));
            fields.Add(($"byCategory[{i}].count", b.Count));
            fields.Add(($"byCategory[{i}].investmentYuan", b.InvestmentYuan));
            fields.Add(($"byCategory[{i}].undisclosedCount", b.UndisclosedCount));
        }
        return fields;
    }

    /// <summary>The first field where the two answers differ, or null when they agree.</summary>
    public static string? FirstDifference(List<(string Path, object? Value)> expected, List<(string Path, object? Value)> actual)
    {
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            if (i >= expected.Count || i >= actual.Count)
            {
                var extra = i < expected.Count ? expected[i] : actual[i];
                return $"{extra.Path}: {(i < expected.Count ? "missing from the actual answer" : "not in the expected answer")}";
            }
            var (path, e) = expected[i];
            var a = actual[i].Value;
            if (path != actual[i].Path || !Same(e, a))
            {
                return $"{path}: expected {Show(e)}, actual {(path == actual[i].Path ? "" : actual[i].Path + " = ")}{Show(a)}";
            }
        }
        return null;
    }

    private static bool Same(object? e, object? a) => (e, a) switch
    {
        (double x, double y) => x == y || Math.Abs(x - y) <= 1e-9 * Math.Max(Math.Abs(x), Math.Abs(y)),
        (decimal x, decimal y) => x == y,
        _ => Equals(e, a),
    };

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"'{s}'",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => ContractNames.Of(value);
}
