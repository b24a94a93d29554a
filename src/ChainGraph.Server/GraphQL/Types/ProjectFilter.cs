using ChainGraph.Domain;
using ChainGraph.Domain.Lookup;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>The <c>filter</c> argument of <c>projectsConnection</c>.</summary>
public sealed class ProjectFilter
{
    public string? NameContains { get; set; }
    public string? RegionCode { get; set; }
    public List<string>? RegionCodeIn { get; set; }
    public string? SegmentId { get; set; }
    public List<string>? SegmentIdIn { get; set; }
    public List<string>? CompanyIdIn { get; set; }
    public List<ProjectStatus>? StatusIn { get; set; }
    public string? StatusDateFrom { get; set; }
    public string? StatusDateTo { get; set; }
    public double? InvestmentYuanAtLeast { get; set; }

    public ProjectQuery ToQuery()
    {
        foreach (var (list, name) in new[] { (RegionCodeIn, "regionCodeIn"), (SegmentIdIn, "segmentIdIn"), (CompanyIdIn, "companyIdIn") })
        {
            if (list is { Count: 0 } or { Count: > CompanyFilter.MaxListLength })
            {
                throw BadArgumentException.OutOfRange("filter." + name, $"must hold 1 to {CompanyFilter.MaxListLength} values, not {list.Count}");
            }
        }
        if (StatusIn is { Count: 0 })
        {
            throw BadArgumentException.OutOfRange("filter.statusIn", "is empty: leave it out, or give at least one status");
        }
        var from = Date(StatusDateFrom, "filter.statusDateFrom");
        var to = Date(StatusDateTo, "filter.statusDateTo");
        if (from > to)
        {
            throw BadArgumentException.OutOfRange("filter.statusDateFrom", $"{StatusDateFrom} is after statusDateTo {StatusDateTo}");
        }
        if (InvestmentYuanAtLeast is < 0 or > 1e20)
        {
            throw BadArgumentException.OutOfRange("filter.investmentYuanAtLeast", $"must be between 0 and 1e20 yuan, not {InvestmentYuanAtLeast}");
        }
        return new ProjectQuery
        {
            NameContains = InputText.Blank(NameContains),
            RegionCode = InputText.Blank(RegionCode),
            RegionCodes = RegionCodeIn,
            SegmentId = InputText.Blank(SegmentId),
            SegmentIds = SegmentIdIn,
            CompanyIds = CompanyIdIn,
            Statuses = StatusIn,
            StatusDateFrom = from,
            StatusDateTo = to,
            InvestmentYuanAtLeast = InvestmentYuanAtLeast is { } v ? (decimal)v : null,
        };
    }

    private static DateOnly? Date(string? text, string argument) =>
        text is null ? null
        : IsoDate.TryParse(text, out var date) ? date
        : throw BadArgumentException.OutOfRange(argument, $"'{text}' is not a date (yyyy-MM-dd)");
}
