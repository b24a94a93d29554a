using ChainGraph.Domain;
using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;

namespace ChainGraph.TestSupport.Contract;

/// <summary>
/// Contract version 2 on the <c>mini</c> fixture plus version-2 rows written through the store: chain-scoped
/// anchors, supply confidence, region priorities, undisclosed amounts, compareRegions and simulateRecruitment.
/// Expected values were worked out by hand from domain.md.
/// </summary>
public abstract partial class EngineContract
{
    [Fact]
    public async Task An_anchor_row_makes_a_company_an_anchor_of_that_chain_only()
    {
        await Store.ApplyAsync(new ChangeSet { Anchors = [new Anchor("fenghua", "auto", "test")] });
        var before = await Engine.GapsAsync(Zhaoqing, "es");
        Assert.Equal(
            [new GapReason(null, "es-bms", Direction.Downstream), new GapReason("catl-zq", "es-ess-cell", Direction.Downstream)],
            before.Single(g => g.Segment.Id == "es-ess").Reasons);
        Assert.Equal(["auto"], (await Engine.AnchorOfAsync("fenghua")).Select(c => c.Id).ToArray());

        await Store.ApplyAsync(new ChangeSet { Anchors = [new Anchor("fenghua", "es", "test")] });
        // es-bms is now an anchor segment: the anchor-less reason becomes fenghua's.
        var gaps = await Engine.GapsAsync(Zhaoqing, "es");
        Assert.Equal(
            [new GapReason("catl-zq", "es-ess-cell", Direction.Downstream), new GapReason("fenghua", "es-bms", Direction.Downstream)],
            gaps.Single(g => g.Segment.Id == "es-ess").Reasons);
        var coverage = await Engine.CoverageAsync(Zhaoqing, "es");
        Assert.Equal(1, coverage.Single(r => r.Segment.Id == "es-bms").LocalAnchorCount);
        Assert.Equal(["auto", "es"], (await Engine.AnchorOfAsync("fenghua")).Select(c => c.Id).ToArray());
        // The ANCHOR tag means every chain, and passes down the group.
        Assert.Equal(["auto", "es"], (await Engine.AnchorOfAsync("catl-zq")).Select(c => c.Id).ToArray());
        Assert.Empty(await Engine.AnchorOfAsync("senior"));

        Assert.Equal(1, await Store.DeleteAnchorsAsync([new AnchorKey("fenghua", "es"), new AnchorKey("fenghua", "nochain")]));
        Assert.Equal(0, (await Engine.CoverageAsync(Zhaoqing, "es")).Single(r => r.Segment.Id == "es-bms").LocalAnchorCount);
    }

    [Fact]
    public async Task An_anchor_row_passes_down_the_group_never_up()
    {
        await Store.ApplyAsync(new ChangeSet
        {
            Companies = [new Company("fenghua-sub", "风华子公司", null, null, CompanyTags.None, "fenghua")],
            Sites = [new Site("fenghua-sub-1", "fenghua-sub", null, "441202", 23.05, 112.47, SiteKind.Plant, ["es-case"])],
            Anchors = [new Anchor("fenghua", "es", null)],
        });
        var coverage = await Engine.CoverageAsync(Zhaoqing, "es");
        Assert.Equal((2, 1), coverage.Single(r => r.Segment.Id == "es-case").Let(c => (c.LocalCompanyCount, c.LocalAnchorCount)));

        await Store.ApplyAsync(new ChangeSet { Anchors = [new Anchor("fenghua-sub", "es", null)] });
        await Store.DeleteAnchorsAsync([new AnchorKey("fenghua", "es")]);
        coverage = await Engine.CoverageAsync(Zhaoqing, "es");
        Assert.Equal(0, coverage.Single(r => r.Segment.Id == "es-bms").LocalAnchorCount); // fenghua itself is no anchor
        Assert.Equal(1, coverage.Single(r => r.Segment.Id == "es-case").LocalAnchorCount);
    }

    [Fact]
    public async Task Tie_strength_takes_the_best_backed_supply_row_of_each_tied_group()
    {
        await Store.ApplyAsync(new ChangeSet
        {
            Supplies = [new Supply("senior", "catl", "es-separator", "annual report", SupplyConfidence.Verified), new Supply("semcorp", "catl", "es-separator", "rumour", SupplyConfidence.Unverified)],
        });
        var targets = await Engine.TargetsAsync(Zhaoqing, "es-separator");
        var senior = targets.Single(t => t.CompanyId == "senior");
        // catl group: max(VERIFIED senior -> catl, REPORTED senior -> catl-zq) = 1.0; xpeng group: REPORTED 0.6.
        Assert.Equal(1.6, senior.TieStrength, 9);
        Assert.Equal(2, senior.AnchorTies);
        Assert.Equal((3 * 1.6) + 1 + (2 * (1 - (SeniorKm / 1000))), senior.Score, 9);
        var semcorp = targets.Single(t => t.CompanyId == "semcorp");
        Assert.Equal(0.3, semcorp.TieStrength, 9);
        Assert.Equal((3 * 0.3) + 2, semcorp.Score, 9);
    }

    [Fact]
    public async Task A_declared_segment_comes_first_among_equal_gaps_and_is_marked_in_coverage()
    {
        await Store.ApplyAsync(new ChangeSet { RegionPriorities = [new RegionPriority(Zhaoqing, "es-separator", "plan"), new RegionPriority("441200-HTZ", "es-bms", "plan")] });
        var gaps = await Engine.GapsAsync(Zhaoqing, "es");
        Assert.Equal(["es-separator", "es-cathode", "es-electrolyte", "es-coater"], gaps.Where(g => g.Kind == GapKind.Fill).Select(g => g.Segment.Id).ToArray());
        Assert.True(gaps[0].Declared);
        var coverage = await Engine.CoverageAsync(Zhaoqing, "es");
        // Declared by the region itself only: the park's priority does not count for the city.
        Assert.Equal(["es-separator"], coverage.Where(r => r.Declared).Select(r => r.Segment.Id).ToArray());
        Assert.Equal(["es-bms"], (await Engine.CoverageAsync("441200-HTZ", "es")).Where(r => r.Declared).Select(r => r.Segment.Id).ToArray());

        Assert.Equal(1, await Store.DeleteRegionPrioritiesAsync([new RegionPriorityKey(Zhaoqing, "es-separator")]));
        Assert.DoesNotContain(await Engine.CoverageAsync(Zhaoqing, "es"), r => r.Declared);
    }

    [Fact]
    public async Task An_undisclosed_amount_is_counted_apart_not_as_zero()
    {
        await Store.ApplyAsync(new ChangeSet { Projects = [new Project("p10", "未披露金额项目", "zq-salt-b", Zhaoqing, "es-salt", null, ProjectStatus.Lead, new DateOnly(2024, 2, 1), null)] });
        var pipeline = await Engine.PipelineAsync(Zhaoqing);
        var lead = pipeline.ByStatus.Single(b => b.Status == ProjectStatus.Lead);
        Assert.Equal((2, 300_000_000m, 1), (lead.Count, lead.InvestmentYuan, lead.UndisclosedCount));
        // p9 is COMPLETED with an amount of 0: disclosed, not undisclosed.
        Assert.Equal(0, pipeline.ByStatus.Single(b => b.Status == ProjectStatus.Completed).UndisclosedCount);
        var materials = pipeline.ByCategory.Single(b => b.Category == "MATERIALS");
        Assert.Equal((4, 2_500_000_000m, 1), (materials.Count, materials.InvestmentYuan, materials.UndisclosedCount));
        var coverage = await Engine.CoverageAsync(Zhaoqing, "es");
        Assert.Equal((1, 0m), coverage.Single(r => r.Segment.Id == "es-salt").Let(c => (c.PipelineProjectCount, c.PipelineInvestmentYuan)));
    }

    [Fact]
    public async Task Regions_compare_by_count_status_and_location_quotient()
    {
        var rows = await Engine.CompareRegionsAsync([Zhaoqing, "440300"], "es");
        Assert.Equal((await Engine.CoverageAsync(Zhaoqing, "es")).Select(r => r.Segment.Id), rows.Select(r => r.Segment.Id));
        var separator = rows.Single(r => r.Segment.Id == "es-separator");
        Assert.Equal([Zhaoqing, "440300"], separator.Cells.Select(c => c.RegionCode).ToArray());
        // 440300: a = 1 (senior), b = 2 (senior, geesun); nationally c = 2 (semcorp, senior), d = 13 companies with a
        // site in the es chain (every company but xpeng, whose only site is in the auto chain).
        Assert.Equal((1, CoverageStatus.Weak), (separator.Cells[1].LocalCompanyCount, separator.Cells[1].Status));
        Assert.Equal((1.0 / 2) / (2.0 / 13), separator.Cells[1].LocationQuotient!.Value, 9);
        // 肇庆: a = 0 of b = 8 local chain companies (xpeng works in the auto chain only): LQ 0, not null.
        Assert.Equal((0, CoverageStatus.Missing, 0.0), (separator.Cells[0].LocalCompanyCount, separator.Cells[0].Status, separator.Cells[0].LocationQuotient));
        // c = 0 nationally: LQ null.
        Assert.All(rows.Single(r => r.Segment.Id == "es-ev").Cells, c => Assert.Null(c.LocationQuotient));
        var salt = rows.Single(r => r.Segment.Id == "es-salt").Cells[0];
        Assert.Equal((2.0 / 8) / (2.0 / 13), salt.LocationQuotient!.Value, 9);
    }

    [Theory]
    [InlineData(new[] { "441200" }, "es", 2, ErrorCodes.BadInput, "regionCodes")]
    [InlineData(new[] { "441200", "441200" }, "es", 2, ErrorCodes.BadInput, "regionCodes")]
    [InlineData(new[] { "441200", "nowhere" }, "nochain", 0, ErrorCodes.NotFound, "regionCodes")]
    [InlineData(new[] { "441200", "440300" }, "nochain", 0, ErrorCodes.NotFound, "chainId")]
    [InlineData(new[] { "441200", "440300" }, "es", 0, ErrorCodes.BadInput, "weakBelow")]
    public async Task Bad_comparison_arguments_name_the_first_bad_argument(string[] regions, string chain, int weakBelow, string code, string argument)
    {
        var e = await Assert.ThrowsAsync<BadArgumentException>(() => Engine.CompareRegionsAsync(regions, chain, weakBelow).AsTask());
        Assert.Equal((code, argument), (e.Code, e.Argument));
        var eleven = Enumerable.Range(0, 11).Select(i => "r" + i).ToArray();
        Assert.Equal("regionCodes", (await Assert.ThrowsAsync<BadArgumentException>(() => Engine.CompareRegionsAsync(eleven, "es").AsTask())).Argument);
    }

    [Fact]
    public async Task Simulated_recruitment_reports_closed_new_and_changed_gaps_and_leaves_the_store_alone()
    {
        var gapsBefore = await Engine.GapsAsync(Zhaoqing, "es");
        var one = await Engine.SimulateRecruitmentAsync(Zhaoqing, "es", ["semcorp"]);
        Assert.Equal((7, 7), (one.GapsBefore, one.GapsAfter));
        Assert.Empty(one.ClosedGaps);
        Assert.Empty(one.NewGaps);
        var change = Assert.Single(one.ChangedGaps);
        Assert.Equal(("es-separator", GapKind.Fill, GapKind.Strengthen, CoverageStatus.Missing, CoverageStatus.Weak), (change.Segment.Id, change.KindBefore, change.KindAfter, change.StatusBefore, change.StatusAfter));
        Assert.Equal(
            [("es", 8, 9), ("es-mat", 2, 3), ("es-separator", 0, 1)],
            one.CoverageChanges.Select(c => (c.Segment.Id, c.CountBefore, c.CountAfter)).ToArray());

        var two = await Engine.SimulateRecruitmentAsync(Zhaoqing, "es", ["semcorp", "senior"]);
        // es-separator turns STRONG and closes; a STRONG leaf that is no anchor segment gives es-ess-cell
        // (WEAK: 瑞庆时代 only) an anchor-less reason, so es-ess-cell becomes a STRENGTHEN gap.
        Assert.Equal(["es-separator"], two.ClosedGaps.Select(g => g.Segment.Id).ToArray());
        var added = Assert.Single(two.NewGaps);
        Assert.Equal(("es-ess-cell", GapKind.Strengthen), (added.Segment.Id, added.Kind));
        Assert.Equal([new GapReason(null, "es-separator", Direction.Downstream)], added.Reasons.Where(r => r.ViaSegmentId == "es-separator").ToArray());
        Assert.Equal((7, 7), (two.GapsBefore, two.GapsAfter));

        Assert.Equal(gapsBefore.Select(g => g.Segment.Id), (await Engine.GapsAsync(Zhaoqing, "es")).Select(g => g.Segment.Id));
        Assert.Equal(0, (await Engine.CoverageAsync(Zhaoqing, "es")).Single(r => r.Segment.Id == "es-separator").LocalCompanyCount);
    }

    [Fact]
    public async Task Simulating_an_anchor_adds_its_segments_as_anchor_segments()
    {
        // catl is an anchor (tag) of every chain: a 肇庆 site working in its segments makes es-power-cell an anchor
        // segment of catl too, and counts catl once more wherever it was not local yet.
        var result = await Engine.SimulateRecruitmentAsync(Zhaoqing, "es", ["catl"]);
        var power = Assert.Single(result.CoverageChanges, c => c.Segment.Id == "es-power-cell");
        Assert.Equal((1, 2, CoverageStatus.Weak, CoverageStatus.Strong), (power.CountBefore, power.CountAfter, power.StatusBefore, power.StatusAfter));
        Assert.Contains(result.ClosedGaps, g => g.Segment.Id == "es-power-cell");
    }

    [Theory]
    [InlineData("nowhere", "es", new[] { "semcorp" }, 2, ErrorCodes.NotFound, "regionCode")]
    [InlineData(Zhaoqing, "nochain", new[] { "semcorp" }, 2, ErrorCodes.NotFound, "chainId")]
    [InlineData(Zhaoqing, "es", new string[0], 2, ErrorCodes.BadInput, "companyIds")]
    [InlineData(Zhaoqing, "es", new[] { "semcorp", "semcorp" }, 0, ErrorCodes.BadInput, "companyIds")]
    [InlineData(Zhaoqing, "es", new[] { "semcorp", "nobody" }, 0, ErrorCodes.NotFound, "companyIds")]
    [InlineData(Zhaoqing, "es", new[] { "semcorp" }, 0, ErrorCodes.BadInput, "weakBelow")]
    public async Task Bad_simulation_arguments_name_the_first_bad_argument(string region, string chain, string[] companies, int weakBelow, string code, string argument)
    {
        var e = await Assert.ThrowsAsync<BadArgumentException>(() => Engine.SimulateRecruitmentAsync(region, chain, companies, weakBelow).AsTask());
        Assert.Equal((code, argument), (e.Code, e.Argument));
    }
}
