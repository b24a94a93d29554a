using System.Globalization;
using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Text;

namespace ChainGraph.TestSupport.Differential;

/// <summary>
/// One question with its arguments: <see cref="Field"/> is the GraphQL field name (chainCoverage, chainGaps,
/// recruitTargets, supplyPaths, projectPipeline, compareRegions, simulateRecruitment); the other members are the
/// arguments it takes, null when not given.
/// </summary>
public sealed record DiffQuestion(string Field)
{
    public const string Coverage = "chainCoverage";
    public const string Gaps = "chainGaps";
    public const string Targets = "recruitTargets";
    public const string Paths = "supplyPaths";
    public const string Pipeline = "projectPipeline";
    public const string Compare = "compareRegions";
    public const string Simulate = "simulateRecruitment";

    public static IReadOnlyList<string> Kinds { get; } = [Coverage, Gaps, Targets, Paths, Pipeline, Compare, Simulate];

    public string? RegionCode { get; init; }
    public IReadOnlyList<string>? RegionCodes { get; init; }
    public string? ChainId { get; init; }
    public string? SegmentId { get; init; }
    public IReadOnlyList<string>? CompanyIds { get; init; }
    public int? WeakBelow { get; init; }
    public int? First { get; init; }
    public double? AnchorTiesWeight { get; init; }
    public double? CredentialsWeight { get; init; }
    public double? ProximityWeight { get; init; }
    public RecruitScope? Scope { get; init; }
    public bool HasWeights => AnchorTiesWeight is not null || CredentialsWeight is not null || ProximityWeight is not null;
    public string? FromCompanyId { get; init; }
    public string? ToCompanyId { get; init; }
    public int? MaxHops { get; init; }
    public DateOnly? FromDate { get; init; }
    public DateOnly? ToDate { get; init; }

    /// <summary>A <c>from</c> written as text that is no calendar date (a bad argument); it replaces <see cref="FromDate"/>.</summary>
    public string? FromText { get; init; }

    /// <summary>A <c>to</c> written as text that is no calendar date (a bad argument); it replaces <see cref="ToDate"/>.</summary>
    public string? ToText { get; init; }

    /// <summary>The <c>from</c> argument as sent: the text, or the date in ISO form, or null.</summary>
    public string? From => FromText ?? FromDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The <c>to</c> argument as sent.</summary>
    public string? To => ToText ?? ToDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The weights as the contract fills them: a weight not given keeps its default.</summary>
    public ScoreWeights Weights
    {
        get
        {
            var d = new ScoreWeights();
            return new ScoreWeights(AnchorTiesWeight ?? d.AnchorTies, CredentialsWeight ?? d.Credentials, ProximityWeight ?? d.Proximity);
        }
    }

    public override string ToString()
    {
        var args = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                args.Add($"{name}: {(value is string s ? $"\"{s}\"" : Convert.ToString(value, CultureInfo.InvariantCulture))}");
            }
        }
        void AddList(string name, IReadOnlyList<string>? values)
        {
            if (values is not null)
            {
                args.Add($"{name}: [{string.Join(", ", values.Select(v => $"\"{v}\""))}]");
            }
        }
        Add("regionCode", RegionCode);
        AddList("regionCodes", RegionCodes);
        Add("chainId", ChainId);
        Add("segmentId", SegmentId);
        AddList("companyIds", CompanyIds);
        Add("fromCompanyId", FromCompanyId);
        Add("toCompanyId", ToCompanyId);
        Add("weakBelow", WeakBelow);
        Add("first", First);
        if (HasWeights)
        {
            var w = new List<string>();
            if (AnchorTiesWeight is { } a) w.Add($"anchorTies: {a.ToString("R", CultureInfo.InvariantCulture)}");
            if (CredentialsWeight is { } c) w.Add($"credentials: {c.ToString("R", CultureInfo.InvariantCulture)}");
            if (ProximityWeight is { } p) w.Add($"proximity: {p.ToString("R", CultureInfo.InvariantCulture)}");
            args.Add($"weights: {{{string.Join(", ", w)}}}");
        }
        if (Scope is { } scope)
        {
            args.Add($"scope: {ContractNames.Of(scope)}");
        }
        Add("maxHops", MaxHops);
        Add("from", From);
        Add("to", To);
        return $"{Field}({string.Join(", ", args)})";
    }
}
