using System.Text.Json;
using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;
using ChainGraph.TestSupport.Differential;

namespace ChainGraph.Server.Tests.Differential;

public sealed partial class GraphQLAnswers
{
    /// <summary>Every field of a gap; <c>anchorCount</c> and <c>committed</c> are checked against the reasons and projects served with them.</summary>
    private const string GapFragment =
        " fragment gap on ChainGap { segment { id } kind status anchorCount linkedLocalCompanies declared committed "
        + "pipelineProjects { id status } reasons { anchor { id } via { id } direction } }";

    public async Task<IReadOnlyList<RegionComparisonRow>> CompareAsync(DiffQuestion q)
    {
        var data = await AskAsync(
            "query($rs: [ID!]!, $c: ID!, $w: Int) { a: compareRegions(regionCodes: $rs, chainId: $c, weakBelow: $w) "
            + "{ segment { id } cells { region { code } localCompanyCount status locationQuotient } } }",
            Variables(("rs", q.RegionCodes), ("c", q.ChainId), ("w", q.WeakBelow)));
        return data.EnumerateArray().Select(e => new RegionComparisonRow(
            Segment(e),
            e.GetProperty("cells").EnumerateArray().Select(c => new RegionComparisonCell(
                c.GetProperty("region").GetProperty("code").GetString()!,
                Int(c, "localCompanyCount"),
                Parse<CoverageStatus>(c, "status"),
                c.GetProperty("locationQuotient").ValueKind == JsonValueKind.Null ? null : c.GetProperty("locationQuotient").GetDouble())).ToList())).ToList();
    }

    public async Task<RecruitmentSimulation> SimulateAsync(DiffQuestion q)
    {
        var data = await AskAsync(
            "query($r: ID!, $c: ID!, $cs: [ID!]!, $w: Int) { a: simulateRecruitment(regionCode: $r, chainId: $c, companyIds: $cs, weakBelow: $w) "
            + "{ gapsBefore gapsAfter closedGaps { ...gap } newGaps { ...gap } "
            + "changedGaps { segment { id } kindBefore kindAfter statusBefore statusAfter } "
            + "coverageChanges { segment { id } countBefore countAfter statusBefore statusAfter } } }" + GapFragment,
            Variables(("r", q.RegionCode), ("c", q.ChainId), ("cs", q.CompanyIds), ("w", q.WeakBelow)));
        return new RecruitmentSimulation(
            Int(data, "gapsBefore"),
            Int(data, "gapsAfter"),
            Gaps(data.GetProperty("closedGaps")),
            Gaps(data.GetProperty("newGaps")),
            data.GetProperty("changedGaps").EnumerateArray().Select(c => new GapChange(
                Segment(c), Parse<GapKind>(c, "kindBefore"), Parse<GapKind>(c, "kindAfter"), Parse<CoverageStatus>(c, "statusBefore"), Parse<CoverageStatus>(c, "statusAfter"))).ToList(),
            data.GetProperty("coverageChanges").EnumerateArray().Select(c => new CoverageChange(
                Segment(c), Int(c, "countBefore"), Int(c, "countAfter"), Parse<CoverageStatus>(c, "statusBefore"), Parse<CoverageStatus>(c, "statusAfter"))).ToList());
    }

    /// <summary>
    /// Gaps read from the fragment. The record works out <c>anchorCount</c> and <c>committed</c> from the reasons and
    /// projects, so the served values of those two are checked against what was served with them.
    /// </summary>
    private static List<ChainGap> Gaps(JsonElement array) => array.EnumerateArray().Select(e =>
    {
        var gap = new ChainGap(
            Segment(e),
            Parse<GapKind>(e, "kind"),
            Parse<CoverageStatus>(e, "status"),
            e.GetProperty("reasons").EnumerateArray().Select(r => new GapReason(
                r.GetProperty("anchor").ValueKind == JsonValueKind.Null ? null : Id(r.GetProperty("anchor")),
                Id(r.GetProperty("via")),
                Parse<Direction>(r, "direction"))).ToList(),
            Int(e, "linkedLocalCompanies"),
            Bool(e, "declared"),
            e.GetProperty("pipelineProjects").EnumerateArray().Select(p => new Project(
                Id(p), "", null, "", null, null, Parse<ProjectStatus>(p, "status"), default, null)).ToList());
        if (gap.AnchorCount != Int(e, "anchorCount") || gap.Committed != Bool(e, "committed"))
        {
            throw new InvalidOperationException(
                $"gap {gap.Segment.Id}: served anchorCount {Int(e, "anchorCount")} and committed {Bool(e, "committed")}, "
                + $"but its reasons name {gap.AnchorCount} anchors and its projects make committed {gap.Committed}");
        }
        return gap;
    }).ToList();
}
