using System.Globalization;
using ChainGraph.Domain;

namespace ChainGraph.TestSupport.Differential;

public sealed partial class NaiveOracle
{
    /// <summary>
    /// The error the contract asks for (section 8, and the argument orders of sections 9 and 10), for the first
    /// bad argument in argument order; null when every argument is good.
    /// </summary>
    public DiffError? ErrorFor(DiffQuestion q)
    {
        static DiffError NotFound(string argument, string? id) => new(ErrorCodes.NotFound, argument, id);
        static DiffError BadInput(string argument) => new(ErrorCodes.BadInput, argument);
        bool Region(string? code) => code is not null && Rows.Regions.ContainsKey(code);
        bool Chain(string? id) => id is not null && Rows.Chains.ContainsKey(id);
        bool Company(string? id) => id is not null && Rows.Companies.ContainsKey(id);
        bool WeakBelow() => q.WeakBelow is null or (>= 1 and <= 1000);
        static bool Weight(double? w) => w is null || (double.IsFinite(w.Value) && w.Value >= 0);
        static bool IsDate(string? text) =>
            text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

        switch (q.Field)
        {
            case DiffQuestion.Coverage or DiffQuestion.Gaps:
                return !Region(q.RegionCode) ? NotFound("regionCode", q.RegionCode)
                    : !Chain(q.ChainId) ? NotFound("chainId", q.ChainId)
                    : !WeakBelow() ? BadInput("weakBelow")
                    : null;
            case DiffQuestion.Targets:
                return !Region(q.RegionCode) ? NotFound("regionCode", q.RegionCode)
                    : q.SegmentId is null || !Rows.Segments.ContainsKey(q.SegmentId) ? NotFound("segmentId", q.SegmentId)
                    : q.First is < 1 or > 100 ? BadInput("first")
                    : !Weight(q.AnchorTiesWeight) || !Weight(q.CredentialsWeight) || !Weight(q.ProximityWeight) ? BadInput("weights")
                    : null;
            case DiffQuestion.Paths:
                return !Company(q.FromCompanyId) ? NotFound("fromCompanyId", q.FromCompanyId)
                    : !Company(q.ToCompanyId) ? NotFound("toCompanyId", q.ToCompanyId)
                    : q.MaxHops is < 1 or > 6 ? BadInput("maxHops")
                    : null;
            case DiffQuestion.Pipeline:
                return !Region(q.RegionCode) ? NotFound("regionCode", q.RegionCode)
                    : !IsDate(q.From) ? BadInput("from")
                    : !IsDate(q.To) ? BadInput("to")
                    : null;
            case DiffQuestion.Compare:
                var codes = q.RegionCodes ?? [];
                return codes.Count is < 2 or > 10 || codes.Distinct(Ord).Count() != codes.Count ? BadInput("regionCodes")
                    : codes.FirstOrDefault(c => !Region(c)) is { } unknownRegion ? NotFound("regionCodes", unknownRegion)
                    : !Chain(q.ChainId) ? NotFound("chainId", q.ChainId)
                    : !WeakBelow() ? BadInput("weakBelow")
                    : null;
            case DiffQuestion.Simulate:
                var ids = q.CompanyIds ?? [];
                return !Region(q.RegionCode) ? NotFound("regionCode", q.RegionCode)
                    : !Chain(q.ChainId) ? NotFound("chainId", q.ChainId)
                    : ids.Count is < 1 or > 10 || ids.Distinct(Ord).Count() != ids.Count ? BadInput("companyIds")
                    : ids.FirstOrDefault(c => !Company(c)) is { } unknownCompany ? NotFound("companyIds", unknownCompany)
                    : !WeakBelow() ? BadInput("weakBelow")
                    : null;
            default:
                throw new ArgumentException($"not a question of the contract: {q.Field}", nameof(q));
        }
    }
}
