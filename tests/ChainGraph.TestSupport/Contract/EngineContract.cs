using ChainGraph.Domain.Analysis;

namespace ChainGraph.TestSupport.Contract;

/// <summary>
/// The engine's answers on the <c>mini</c> fixture, for every store. Expected values were worked out
/// by hand from domain.md (distances with an independent haversine), not by running the code.
/// </summary>
public abstract partial class EngineContract : StoreContractBase
{
    protected const string Zhaoqing = "441200";

    protected ChainEngine Engine => new(Store);

    protected override Task LoadAsync() => ImportAsync(Repo.Fixture("mini"));

    [Fact]
    public async Task Coverage_rolls_up_sub_regions_and_parent_segments()
    {
        var rows = await Engine.CoverageAsync(Zhaoqing, "es");
        var expected = new (string Id, CoverageStatus Status, int Companies, int Sites, int Anchors, int Projects, decimal Yuan)[]
        {
            ("es", CoverageStatus.Strong, 8, 8, 2, 4, 4_100_000_000m),
            ("es-app", CoverageStatus.Missing, 0, 0, 0, 0, 0m),
            ("es-bms", CoverageStatus.Strong, 2, 2, 0, 0, 0m),
            ("es-case", CoverageStatus.Weak, 1, 1, 0, 1, 800_000_000m),
            ("es-cathode", CoverageStatus.Missing, 0, 0, 0, 0, 0m),
            ("es-cell", CoverageStatus.Strong, 2, 2, 2, 0, 0m),
            ("es-coater", CoverageStatus.Missing, 0, 0, 0, 1, 1_000_000_000m),
            ("es-comp", CoverageStatus.Strong, 4, 4, 0, 2, 1_100_000_000m),
            ("es-electrolyte", CoverageStatus.Missing, 0, 0, 0, 0, 0m),
            ("es-equip", CoverageStatus.Missing, 0, 0, 0, 1, 1_000_000_000m),
            ("es-ess", CoverageStatus.Missing, 0, 0, 0, 0, 0m),
            ("es-ess-cell", CoverageStatus.Weak, 1, 1, 1, 0, 0m),
            ("es-ev", CoverageStatus.Missing, 0, 0, 0, 0, 0m),
            ("es-mat", CoverageStatus.Strong, 2, 2, 0, 1, 2_000_000_000m),
            ("es-power-cell", CoverageStatus.Weak, 1, 1, 1, 0, 0m),
            ("es-rec", CoverageStatus.Missing, 0, 0, 0, 0, 0m),
            ("es-recovery", CoverageStatus.Missing, 0, 0, 0, 0, 0m),
            ("es-salt", CoverageStatus.Strong, 2, 2, 0, 0, 0m),
            ("es-separator", CoverageStatus.Missing, 0, 0, 0, 1, 2_000_000_000m),
        };
        Assert.Equal(expected, rows.Select(r => (r.Segment.Id, r.Status, r.LocalCompanyCount, r.LocalSiteCount, r.LocalAnchorCount, r.PipelineProjectCount, r.PipelineInvestmentYuan)).ToArray());
    }

    [Fact]
    public async Task Coverage_of_a_district_counts_only_its_own_sites()
    {
        var rows = await Engine.CoverageAsync("441202", "es");
        var bms = rows.Single(r => r.Segment.Id == "es-bms");
        Assert.Equal((1, 1, CoverageStatus.Weak), (bms.LocalCompanyCount, bms.LocalSiteCount, bms.Status));
        Assert.Equal(0, rows.Single(r => r.Segment.Id == "es-salt").LocalCompanyCount);
        // p6 (SIGNED, no segment) is in 端州区 but counts for no segment.
        Assert.All(rows, r => Assert.Equal(0, r.PipelineProjectCount));
    }

    [Fact]
    public async Task Coverage_status_follows_weak_below()
    {
        var one = await Engine.CoverageAsync(Zhaoqing, "es", weakBelow: 1);
        Assert.Equal(CoverageStatus.Strong, one.Single(r => r.Segment.Id == "es-case").Status);
        var three = await Engine.CoverageAsync(Zhaoqing, "es", weakBelow: 3);
        Assert.Equal(CoverageStatus.Weak, three.Single(r => r.Segment.Id == "es-bms").Status);
        Assert.Equal(CoverageStatus.Strong, three.Single(r => r.Segment.Id == "es-comp").Status);
    }

    [Fact]
    public async Task Gaps_are_ordered_by_kind_commitment_anchors_and_linked_companies_with_every_reason()
    {
        var gaps = await Engine.GapsAsync(Zhaoqing, "es");
        // Within FILL: es-cathode has 2 anchors; es-electrolyte and es-separator 1 each, but es-electrolyte has 3
        // linked local companies (瑞庆时代 in es-ess-cell, the two salt makers) against 1; es-coater comes last because
        // its project p1 is STARTED (committed). Within STRENGTHEN, es-case is committed (p2 STARTED).
        Assert.Equal(
            [
                ("es-cathode", GapKind.Fill, CoverageStatus.Missing),
                ("es-electrolyte", GapKind.Fill, CoverageStatus.Missing),
                ("es-separator", GapKind.Fill, CoverageStatus.Missing),
                ("es-coater", GapKind.Fill, CoverageStatus.Missing),
                ("es-power-cell", GapKind.Strengthen, CoverageStatus.Weak),
                ("es-case", GapKind.Strengthen, CoverageStatus.Weak),
                ("es-ess", GapKind.Extend, CoverageStatus.Missing),
            ],
            gaps.Select(g => (g.Segment.Id, g.Kind, g.Status)).ToArray());
        Assert.Equal([2, 1, 1, 1, 1, 1, 1], gaps.Select(g => g.AnchorCount).ToArray());
        Assert.Equal([4, 3, 1, 1, 1, 1, 3], gaps.Select(g => g.LinkedLocalCompanies).ToArray());
        Assert.Equal([false, false, false, true, false, true, false], gaps.Select(g => g.Committed).ToArray());
        Assert.All(gaps, g => Assert.False(g.Declared));
        // Live pipeline only: p3 (NEGOTIATING) for the separator; p4 is DROPPED.
        Assert.Equal(["p3"], gaps[2].Pipeline.Select(p => p.Id).ToArray());
        Assert.Equal(["p1"], gaps[3].Pipeline.Select(p => p.Id).ToArray());

        // FILL beats EXTEND: es-cathode has a DOWNSTREAM reason too; reasons sorted by direction, anchor (none first), via.
        Assert.Equal(
            [
                new GapReason(null, "es-salt", Direction.Downstream),
                new GapReason("catl-zq", "es-ess-cell", Direction.Upstream),
                new GapReason("eve", "es-power-cell", Direction.Upstream),
            ],
            gaps[0].Reasons);
        // Group inheritance: catl-zq has no tag of its own.
        Assert.Equal([new GapReason("catl-zq", "es-ess-cell", Direction.Upstream)], gaps[2].Reasons);
        // The via segment may be in another chain.
        Assert.Equal([new GapReason("xpeng", "auto-vehicle", Direction.Upstream)], gaps[4].Reasons);
        // An anchor-less DOWNSTREAM reason comes from a STRONG leaf that is not an anchor segment.
        Assert.Equal(
            [
                new GapReason(null, "es-bms", Direction.Downstream),
                new GapReason("catl-zq", "es-ess-cell", Direction.Downstream),
            ],
            gaps[6].Reasons);
    }

    [Fact]
    public async Task Weak_or_missing_segments_without_a_reason_are_not_gaps()
    {
        var gaps = await Engine.GapsAsync(Zhaoqing, "es");
        // es-ess-cell is WEAK, es-ev and es-recovery are MISSING: none has a reason.
        Assert.DoesNotContain(gaps, g => g.Segment.Id is "es-ess-cell" or "es-ev" or "es-recovery");
        // Only leaves are gaps, and flows declared on parents (es-comp -> es-app) are not inherited.
        Assert.DoesNotContain(gaps, g => g.Segment.Id is "es-app" or "es-rec" or "es-equip");
    }

    [Fact]
    public async Task Gaps_depend_on_weak_below()
    {
        var one = await Engine.GapsAsync(Zhaoqing, "es", weakBelow: 1);
        Assert.Equal(
            ["es-cathode:Fill", "es-electrolyte:Fill", "es-separator:Fill", "es-coater:Fill", "es-ess:Extend"],
            one.Select(g => $"{g.Segment.Id}:{g.Kind}").ToArray());

        var three = await Engine.GapsAsync(Zhaoqing, "es", weakBelow: 3);
        // es-salt is WEAK now, so it no longer gives anchor-less reasons.
        var cathode = three.Single(g => g.Segment.Id == "es-cathode");
        Assert.DoesNotContain(cathode.Reasons, r => r.AnchorId is null);
        var ess = three.Single(g => g.Segment.Id == "es-ess");
        Assert.Equal([new GapReason("catl-zq", "es-ess-cell", Direction.Downstream)], ess.Reasons);
        Assert.DoesNotContain(three, g => g.Segment.Id is "es-bms" or "es-salt");
    }
}
