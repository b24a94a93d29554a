using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;

namespace ChainGraph.GraphSeed.Tests;

/// <summary>
/// The corrections a planner's review of the seed asked for (issue 11), each held to what the data now
/// means for 肇庆 and its neighbours.
/// </summary>
public sealed class SeedFixesTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    private const string Changzhou = "320400";

    [Fact]
    public async Task No_company_of_the_CATL_group_is_a_default_target_of_Zhaoqing_and_the_expansion_scope_offers_it()
    {
        var engine = new ChainEngine(seed.Store);
        var offenders = new List<string>();
        foreach (var leaf in seed.LeavesOf(SeedFixture.ChainId))
        {
            foreach (var target in await engine.TargetsAsync(SeedFixture.Zhaoqing, leaf.Id, first: 100))
            {
                if (seed.GroupOf(target.CompanyId) == "catl")
                {
                    offenders.Add($"{leaf.Id}: {target.CompanyId}");
                }
            }
        }
        Expect.None(offenders, "CATL-group compan(ies) among 肇庆's default (NEW) targets: 瑞庆时代 already brings the group there");

        var expansion = await engine.TargetsAsync(SeedFixture.Zhaoqing, "es-ess-cells", scope: RecruitScope.Expansion);
        Assert.True(
            expansion.Count > 0 && expansion.All(t => t.GroupLocal) && expansion.Any(t => seed.GroupOf(t.CompanyId) == "catl"),
            $"expected the EXPANSION scope (增资扩产) for es-ess-cells to offer the CATL group; got {string.Join(", ", expansion.Select(t => t.CompanyId))}");
    }

    [Fact]
    public void Tinci_dropped_its_Zhaoqing_electrolyte_project_for_lack_of_land_and_took_it_to_Jiangmen()
    {
        var dropped = Assert.Single(seed.Projects, p => p.Id == "zq-tinci-electrolyte");
        Assert.Equal(("tinci", ProjectStatus.Dropped, new DateOnly(2022, 6, 1), "es-electrolyte"), (dropped.CompanyId, dropped.Status, dropped.StatusDate, dropped.SegmentId));
        Assert.True(seed.IsWithin(dropped.RegionCode, SeedFixture.Zhaoqing), $"{dropped.Id} lies in {dropped.RegionCode}, not in 肇庆");
        Assert.Equal(819_899_000m, dropped.InvestmentYuan);

        var jiangmen = Assert.Single(seed.Projects, p => p.Id == "jm-tinci-electrolyte");
        Assert.True(seed.IsWithin(jiangmen.RegionCode, "440700") && jiangmen.CompanyId == "tinci", $"{jiangmen.Id}: expected 天赐's project in 江门, found {jiangmen.CompanyId} in {jiangmen.RegionCode}");

        var sites = seed.SitesOf("tinci").ToList();
        Assert.Contains(sites, s => seed.IsWithin(s.RegionCode, "440700") && s.SegmentIds.Contains("es-electrolyte"));
        Assert.Contains(sites, s => seed.IsWithin(s.RegionCode, "320481") && s.SegmentIds.Contains("es-electrolyte"));
        Expect.None(sites.Where(s => seed.IsWithin(s.RegionCode, SeedFixture.Zhaoqing)).Select(s => s.Id), "天赐 site(s) in 肇庆, where the project was dropped");
    }

    [Fact]
    public async Task A_maker_already_in_Changzhou_is_not_recommended_to_Changzhou()
    {
        var engine = new ChainEngine(seed.Store);
        Assert.Contains(seed.SitesOf("semcorp"), s => seed.IsWithin(s.RegionCode, Changzhou) && s.SegmentIds.Contains("es-wet-separator"));
        Assert.Contains(seed.SitesOf("tinci"), s => seed.IsWithin(s.RegionCode, Changzhou) && s.SegmentIds.Contains("es-electrolyte"));
        foreach (var scope in new[] { RecruitScope.New, RecruitScope.All })
        {
            var separators = await engine.TargetsAsync(Changzhou, "es-wet-separator", first: 100, scope: scope);
            Assert.True(separators.Count > 0, $"no {scope} separator targets for 常州");
            Assert.DoesNotContain(separators, t => t.CompanyId == "semcorp");
            var electrolyte = await engine.TargetsAsync(Changzhou, "es-electrolyte", first: 100, scope: scope);
            Assert.DoesNotContain(electrolyte, t => t.CompanyId == "tinci");
        }
    }

    [Fact]
    public async Task Fenghua_and_Aoshikang_lead_Zhaoqing_electronics_but_are_not_anchors_of_the_storage_chain()
    {
        var engine = new ChainEngine(seed.Store);
        foreach (var id in new[] { "fenghua-advanced", "aoshikang" })
        {
            var company = seed.Companies[id];
            Assert.Equal(CompanyTags.None, company.Tags & CompanyTags.Anchor);
            Assert.DoesNotContain(seed.Anchors, a => a.CompanyId == id);
            Assert.Empty(await engine.AnchorOfAsync(id));
            Assert.Contains(seed.SitesOf(id), s => seed.IsWithin(s.RegionCode, SeedFixture.Zhaoqing));
        }
        var local = await seed.Store.GetLocalAnchorsAsync(SeedFixture.Zhaoqing, SeedFixture.ChainId);
        Assert.DoesNotContain(local, a => a.CompanyId is "fenghua-advanced" or "aoshikang");
        // No electronics chain exists in the seed, so they have no anchor row at all.
        Assert.Equal([SeedFixture.ChainId], (await seed.Store.GetChainsAsync()).Select(c => c.Id));
    }

    [Fact]
    public async Task Zhaoqing_declares_the_four_goals_of_the_article_and_the_gaps_carry_them()
    {
        var declared = seed.ZhaoqingPriorities.ToDictionary(p => p.SegmentId, StringComparer.Ordinal);
        foreach (var (goal, segments) in FactTable.ZhaoqingGoals)
        {
            foreach (var segment in segments)
            {
                Assert.True(declared.TryGetValue(segment, out var row), $"goal {goal}: no region_priorities.csv row for 441200 / {segment}");
                Assert.False(string.IsNullOrWhiteSpace(row.Source), $"goal {goal}: the 441200 / {segment} row has no source");
            }
        }
        var gaps = await new ChainEngine(seed.Store).GapsAsync(SeedFixture.Zhaoqing, SeedFixture.ChainId);
        foreach (var gap in gaps)
        {
            Assert.True(gap.Declared == declared.ContainsKey(gap.Segment.Id), $"{gap.Segment.Id}: declared is {gap.Declared}, region_priorities.csv says {declared.ContainsKey(gap.Segment.Id)}");
        }
        Assert.Contains(gaps, g => g.Segment.Id == "es-ess-integration" && g.Declared);
        Assert.Contains(gaps, g => g.Segment.Id == "es-pcs" && g.Declared);
    }

    [Fact]
    public void Putailai_equipment_plant_in_Gaoyao_is_producing_and_its_coating_plant_is_not_yet()
    {
        var equipment = Assert.Single(seed.Projects, p => p.Id == "zq-putailai-equipment");
        Assert.Equal((ProjectStatus.Producing, new DateOnly(2022, 11, 1)), (equipment.Status, equipment.StatusDate));
        var coating = Assert.Single(seed.Projects, p => p.Id == "zq-putailai-coating");
        Assert.Equal(ProjectStatus.Started, coating.Status);
        var plant = Assert.Single(seed.Sites.Values, s => s.Id == "kata-zhaoqing");
        Assert.Equal(("putailai", "441204", SiteKind.Plant, new DateOnly(2022, 11, 1)), (seed.GroupOf(plant.CompanyId), plant.RegionCode, plant.Kind, plant.Since ?? default));
        Assert.Contains("es-coating-equipment", plant.SegmentIds);
    }

    [Fact]
    public void The_utilities_segment_and_its_firms_and_the_projects_outside_the_chain_are_gone()
    {
        Assert.False(seed.Segments.ContainsKey("es-plant-utilities"), "es-plant-utilities (园区热电) is still a segment");
        Assert.Null(seed.CompanyNamed("国能(肇庆)热电"));
        Assert.Null(seed.CompanyNamed("肇庆大旺电力热力"));
        Expect.None(
            seed.Projects.Where(p => p.NameZh.Contains("维珍妮", StringComparison.Ordinal) || p.NameZh.Contains("力源", StringComparison.Ordinal)).Select(p => p.Id),
            "non-storage project(s) (维珍妮 lingerie, 力源 auto parts) still in projects.csv");
    }

    [Fact]
    public async Task Undisclosed_investments_stay_empty_and_count_as_undisclosed()
    {
        var phase2 = Assert.Single(seed.Projects, p => p.Id == "zq-ruiqing-phase2");
        Assert.Null(phase2.InvestmentYuan);
        Expect.None(seed.Projects.Where(p => p.InvestmentYuan == 0m).Select(p => p.Id), "project(s) with an investment of 0 (leave an undisclosed amount empty)");
        var pipeline = await new ChainEngine(seed.Store).PipelineAsync(SeedFixture.Zhaoqing);
        var started = Assert.Single(pipeline.ByStatus, b => b.Status == ProjectStatus.Started);
        Assert.True(started.UndisclosedCount > 0, "no STARTED project in 肇庆 counts as undisclosed");
    }

    [Fact]
    public void The_new_links_are_leaves_of_their_category_with_the_flows_a_cell_engineer_draws()
    {
        (string Id, SegmentCategory Category)[] added =
        [
            ("es-lmfp-cathode", SegmentCategory.Materials), ("es-graphitisation", SegmentCategory.Materials), ("es-silicon-anode", SegmentCategory.Materials),
            ("es-composite-collectors", SegmentCategory.Materials), ("es-pouch-film", SegmentCategory.Materials), ("es-vanadium-electrolyte", SegmentCategory.Materials),
            ("es-flow-batteries", SegmentCategory.Cells), ("es-supercapacitors", SegmentCategory.Cells), ("es-tabs", SegmentCategory.Components),
            ("es-ess-enclosures", SegmentCategory.Components), ("es-epc-om", SegmentCategory.Applications), ("es-testing-certification", SegmentCategory.Applications),
        ];
        Expect.None(
            added.Where(a => !seed.Segments.TryGetValue(a.Id, out var s) || s.Category != a.Category || s.ParentId != "es-" + a.Category.ToString().ToLowerInvariant())
                .Select(a => $"{a.Id} ({a.Category})"),
            "new leaf segment(s) missing or not under their category");

        (string From, string To)[] flows =
        [
            ("es-vanadium-electrolyte", "es-flow-batteries"), ("es-tabs", "es-ess-cells"), ("es-pouch-film", "es-power-cells"),
            ("es-composite-collectors", "es-ess-cells"), ("es-graphitisation", "es-graphite-anode"), ("es-silicon-anode", "es-power-cells"),
            ("es-lmfp-cathode", "es-power-cells"), ("es-ess-enclosures", "es-ess-integration"), ("es-ess-integration", "es-epc-om"),
            ("es-ess-integration", "es-testing-certification"), ("es-lead-acid", "es-dismantling"), ("es-passive-components", "es-ems"),
            ("es-electrolyte", "es-sodium-ion-cells"), ("es-hard-carbon", "es-sodium-ion-cells"), ("es-sodium-cathode", "es-sodium-ion-cells"),
            ("es-flow-batteries", "es-ess-integration"), ("es-supercapacitors", "es-ess-integration"),
        ];
        var declared = seed.Flows.Select(f => (f.FromId, f.ToId)).ToHashSet();
        Expect.None(flows.Where(f => !declared.Contains(f)).Select(f => $"{f.From} -> {f.To}"), "FEEDS edge(s) missing");
    }

    [Fact]
    public void Zhaoqing_holds_at_least_25_local_companies_of_the_chain()
    {
        var chain = seed.Segments.Values.Where(s => s.ChainId == SeedFixture.ChainId).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var local = seed.Sites.Values
            .Where(s => seed.IsWithin(s.RegionCode, SeedFixture.Zhaoqing) && s.SegmentIds.Any(chain.Contains))
            .Select(s => s.CompanyId).Distinct(StringComparer.Ordinal).Count();
        // The issue asked for 35 "if sources allow"; the README lists what could and could not be sourced.
        Assert.True(local >= 25, $"only {local} local companies of the chain in 肇庆");
    }
}
