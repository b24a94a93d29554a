namespace ChainGraph.TestSupport.Differential;

public sealed partial class QuestionPicker
{
    /// <summary>The arguments of each question, in argument order.</summary>
    private static readonly Dictionary<string, string[]> Arguments = new(StringComparer.Ordinal)
    {
        [DiffQuestion.Coverage] = ["regionCode", "chainId", "weakBelow"],
        [DiffQuestion.Gaps] = ["regionCode", "chainId", "weakBelow"],
        [DiffQuestion.Targets] = ["regionCode", "segmentId", "first", "weights"],
        [DiffQuestion.Paths] = ["fromCompanyId", "toCompanyId", "maxHops"],
        [DiffQuestion.Pipeline] = ["regionCode", "from", "to"],
        [DiffQuestion.Compare] = ["regionCodes", "chainId", "weakBelow"],
        [DiffQuestion.Simulate] = ["regionCode", "chainId", "companyIds", "weakBelow"],
    };

    /// <summary>Texts that are no ISO calendar date.</summary>
    private static readonly string[] MalformedDates = ["2023-02-30", "2023-13-01", "20230101", "2023-1-5", "yesterday", "2023-06-01T00:00:00"];

    /// <summary>
    /// The question with one or two of its arguments made bad: an unknown id (or a known one in another letter
    /// case), a number out of range, a negative weight, a malformed date, too few, too many or repeated regions or companies.
    /// </summary>
    public DiffQuestion Spoil(DiffQuestion q)
    {
        var arguments = Arguments[q.Field];
        var spoiled = arguments.OrderBy(_ => _random.Next()).Take(_random.NextDouble() < 0.6 ? 1 : 2).ToList();
        foreach (var argument in spoiled)
        {
            q = argument switch
            {
                "regionCode" => q with { RegionCode = UnknownId(q.RegionCode ?? "CN", "999999") },
                "chainId" => q with { ChainId = UnknownId(q.ChainId ?? "chain0", "chain-unknown") },
                "segmentId" => q with { SegmentId = UnknownId(q.SegmentId ?? DataSetExtras.Leaf, "segment-unknown") },
                "fromCompanyId" => q with { FromCompanyId = UnknownId(q.FromCompanyId ?? DataSetExtras.ManyPathsFrom, "nobody") },
                "toCompanyId" => q with { ToCompanyId = UnknownId(q.ToCompanyId ?? DataSetExtras.ManyPathsTo, "nobody-else") },
                "weakBelow" => q with { WeakBelow = Pick([0, -1, 1001, int.MaxValue]) },
                "first" => q with { First = Pick([0, -3, 101, 1000]) },
                "maxHops" => q with { MaxHops = Pick([0, -1, 7, 100]) },
                "weights" => SpoilWeights(q),
                "from" => q with { FromText = Pick(MalformedDates) },
                "to" => q with { ToText = Pick(MalformedDates) },
                "regionCodes" => q with { RegionCodes = SpoilList(q.RegionCodes ?? [], _regions, "999999") },
                "companyIds" => q with { CompanyIds = SpoilList(q.CompanyIds ?? [], _companies, "nobody") },
                _ => throw new InvalidOperationException(argument),
            };
        }
        return q;
    }

    /// <summary>An id that does not exist: made up, or a known one in another letter case (ids are case-sensitive).</summary>
    private string UnknownId(string known, string madeUp)
    {
        var upper = known.ToUpperInvariant();
        var other = string.Equals(upper, known, StringComparison.Ordinal) ? known.ToLowerInvariant() : upper;
        return _random.NextDouble() < 0.5 && !string.Equals(other, known, StringComparison.Ordinal) ? other : madeUp;
    }

    private DiffQuestion SpoilWeights(DiffQuestion q) => _random.Next(3) switch
    {
        0 => q with { AnchorTiesWeight = -1 },
        1 => q with { CredentialsWeight = -0.001 },
        _ => q with { ProximityWeight = -5, AnchorTiesWeight = q.AnchorTiesWeight ?? 2 },
    };

    /// <summary>
    /// A list made bad in one or two ways: too short (or empty), too long, with a repeat, with an unknown id
    /// somewhere; two ways at once check that a bad count or a repeat is reported before an unknown id.
    /// </summary>
    private List<string> SpoilList(IReadOnlyList<string> good, string[] known, string madeUp)
    {
        var list = good.ToList();
        var minimum = ReferenceEquals(known, _regions) ? 2 : 1;
        var ways = new[] { 0, 1, 2, 3, 3 }.OrderBy(_ => _random.Next()).Take(_random.NextDouble() < 0.6 ? 1 : 2).Distinct().Order().ToList();
        foreach (var way in ways)
        {
            switch (way)
            {
                case 0:
                    list = list.Take(minimum - 1).ToList();
                    break;
                case 1:
                    list.AddRange(known.Except(list, Ord).OrderBy(_ => _random.Next()).Take(11 - list.Count));
                    break;
                case 2:
                    list.Insert(_random.Next(list.Count + 1), list.Count > 0 ? Pick(list) : Pick(known));
                    if (list.Count < minimum + 1)
                    {
                        list.Add(list[0]);
                    }
                    break;
                default:
                    list.Insert(_random.Next(list.Count + 1), UnknownId(list.Count > 0 ? Pick(list) : Pick(known), madeUp));
                    if (_random.NextDouble() < 0.3)
                    {
                        list.Insert(_random.Next(list.Count + 1), madeUp + "-2");
                    }
                    break;
            }
        }
        return list;
    }
}
