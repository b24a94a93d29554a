using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;

namespace ChainGraph.GraphSeed.Tests;

/// <summary>
/// Does the seed mean what it should for 肇庆 (441200)? Expected facts come from the sources
/// (the 2023 article, the fact table) as entered in the CSV files, not from the engine's output.
/// </summary>
public sealed class ZhaoqingTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    private const string WetSeparator = "es-wet-separator";
    private const string DrySeparator = "es-dry-separator";

    [Fact]
    public void The_article_firms_have_a_site_in_Zhaoqing()
    {
        var absent = new List<string>();
        foreach (var name in FactTable.ZhaoqingFirms)
        {
            var company = seed.CompanyNamed(name);
            if (company is null || !seed.SitesOf(company.Id).Any(s => seed.IsWithin(s.RegionCode, SeedFixture.Zhaoqing)))
            {
                absent.Add($"{name} ({company?.Id ?? "no such company"})");
            }
        }
        Expect.None(absent, "firm(s) the article places in 肇庆 without a 肇庆 site");
    }

    [Fact]
    public void The_2023_projects_of_the_article_are_there()
    {
        var local = seed.Projects.Where(p => seed.IsWithin(p.RegionCode, SeedFixture.Zhaoqing)).ToList();
        string Describe() => string.Join(Environment.NewLine + "  ", local.Select(p => $"{p.Id} {p.NameZh} {p.Status} {p.InvestmentYuan}"));

        foreach (var (name, companyId) in new[] { ("吉阳", "geesun"), ("震裕", "zhenyu") })
        {
            var project = local.SingleOrDefault(p => p.NameZh.Contains(name, StringComparison.Ordinal));
            Assert.True(project is not null, $"no single 肇庆 project named with {name}; projects:{Environment.NewLine}  {Describe()}");
            Assert.True(
                project.Status == ProjectStatus.Started && project.CompanyId == companyId,
                $"{project.Id}: expected STARTED by {companyId} (article: 今年实现开工), found {project.Status} by {project.CompanyId}");
        }
        foreach (var name in FactTable.BillionProjects)
        {
            var project = local.SingleOrDefault(p => p.NameZh.Contains(name, StringComparison.Ordinal));
            Assert.True(project is not null, $"no single 肇庆 project named with {name}; projects:{Environment.NewLine}  {Describe()}");
            Assert.True(
                project.InvestmentYuan >= 1_000_000_000m && ChainEngine.IsActive(project.Status),
                $"{project.Id}: expected an active project of at least 10 亿元 (article: 10 亿元以上), found {project.Status} {project.InvestmentYuan}");
        }
    }

    [Fact]
    public async Task CATL_Zhaoqing_and_Xpeng_are_the_local_anchors_of_the_storage_chain()
    {
        var anchors = await seed.Store.GetLocalAnchorsAsync(SeedFixture.Zhaoqing, SeedFixture.ChainId);
        var byId = anchors.ToDictionary(a => a.CompanyId, StringComparer.Ordinal);
        var described = string.Join(", ", anchors.Select(a => $"{a.CompanyId} (group {a.GroupId}: {string.Join(";", a.LeafSegmentIds)})"));

        // Anchors are chain-scoped rows now (anchors.csv); nobody carries the every-chain ANCHOR tag.
        Expect.None(seed.Companies.Values.Where(c => (c.Tags & CompanyTags.Anchor) != 0).Select(c => c.Id), "compan(ies) tagged ANCHOR (use anchors.csv)");
        Assert.True(byId.TryGetValue("catl-zhaoqing", out var ruiqing), $"瑞庆时代 (catl-zhaoqing) is not a local anchor of 441200; anchors: {described}");
        Assert.Equal("catl", ruiqing.GroupId);
        Assert.Equal(["es-battery-packs", "es-ess-cells", "es-power-cells"], ruiqing.LeafSegmentIds.Order(StringComparer.Ordinal));

        // 小鹏's 肇庆 plant builds cars and has a pack workshop with a battery line (21ic 2020-05-19).
        Assert.True(byId.TryGetValue("xpeng", out var xpeng), $"小鹏汽车 (xpeng) is not a local anchor of 441200; anchors: {described}");
        Assert.Equal(["es-battery-packs", "es-evs"], xpeng.LeafSegmentIds.Order(StringComparer.Ordinal));

        Assert.True(
            byId.Keys.Order(StringComparer.Ordinal).SequenceEqual(["catl-zhaoqing", "xpeng"]),
            $"local anchors of 441200 differ from the two the city names as 链主 (瑞庆时代, 小鹏汽车); found: {described}");
    }

    [Fact]
    public async Task Zhaoqing_lacks_separator_base_film_for_the_CATL_plant_and_has_declared_it()
    {
        var gaps = await new ChainEngine(seed.Store).GapsAsync(SeedFixture.Zhaoqing, SeedFixture.ChainId);
        var described = string.Join(Environment.NewLine + "  ", gaps.Select(g => $"{g.Kind} {g.Segment.Id} [{Describe(g.Reasons)}]"));
        foreach (var leaf in new[] { WetSeparator, DrySeparator })
        {
            var gap = gaps.SingleOrDefault(g => g.Segment.Id == leaf);
            Assert.True(gap is not null, $"{leaf} is not a gap of 441200; gaps:{Environment.NewLine}  {described}");
            Assert.True(gap.Kind == GapKind.Fill && gap.Status == CoverageStatus.Missing, $"{leaf}: expected a FILL gap (MISSING), found {gap.Kind} ({gap.Status})");
            Assert.True(gap.Declared, $"{leaf}: expected declared (the article's 锂电隔膜生产制造基地 goal, region_priorities.csv)");
            // Base film feeds ESS and power cells, which 瑞庆时代 makes in 肇庆高新区.
            foreach (var via in new[] { "es-ess-cells", "es-power-cells" })
            {
                Assert.True(
                    gap.Reasons.Contains(new GapReason("catl-zhaoqing", via, Direction.Upstream)),
                    $"{leaf}: no UPSTREAM reason (catl-zhaoqing via {via}); reasons: {Describe(gap.Reasons)}");
            }
        }

        // 璞泰来's 高要 base only coats bought-in film: coating is there (one firm), base film is not.
        var coating = gaps.SingleOrDefault(g => g.Segment.Id == "es-separator-coating");
        Assert.True(coating is { Kind: GapKind.Strengthen }, $"es-separator-coating: expected STRENGTHEN (璞泰来 only); gaps:{Environment.NewLine}  {described}");
    }

    [Fact]
    public async Task Separator_makers_that_supply_CATL_and_sit_in_the_Greater_Bay_Area_top_the_recruitment_targets()
    {
        var engine = new ChainEngine(seed.Store);

        var wet = await engine.TargetsAsync(SeedFixture.Zhaoqing, WetSeparator);
        AssertRealMakers(wet, WetSeparator);
        // 星源材质 (佛山南海丹灶, about 50 km) and 恩捷股份 (珠海高栏港, about 145 km) both supply 宁德时代 (REPORTED).
        Assert.True(
            wet.Count >= 2 && wet[0].CompanyId == "senior" && wet[1].CompanyId == "semcorp",
            $"expected 星源材质 (senior) then 恩捷股份 (semcorp) for {WetSeparator}; got {Describe(wet)}");
        Assert.Equal("senior-foshan", wet[0].NearestSiteId);
        Assert.InRange(wet[0].DistanceKm, 30, 80);
        Assert.Equal("semcorp-zhuhai", wet[1].NearestSiteId);
        Assert.InRange(wet[1].DistanceKm, 100, 200);
        foreach (var target in wet.Take(2))
        {
            Assert.Equal(1, target.AnchorTies);
            Assert.Contains("catl-zhaoqing", target.SuppliesAnchorIds);
        }

        var dry = await engine.TargetsAsync(SeedFixture.Zhaoqing, DrySeparator);
        AssertRealMakers(dry, DrySeparator);
        Assert.True(dry[0].CompanyId == "senior", $"expected 星源材质 (senior) first for {DrySeparator}; got {Describe(dry)}");
    }

    private void AssertRealMakers(IReadOnlyList<RecruitTarget> targets, string segmentId)
    {
        Assert.True(targets.Count > 0, $"no recruitment targets for {segmentId}");
        Expect.None(
            targets.Where(t => !seed.SitesOf(t.CompanyId).Any(s => s.SegmentIds.Contains(segmentId))).Select(t => t.CompanyId),
            $"target(s) for {segmentId} without a site working in it");
        Expect.None(
            targets.Where(t => seed.SitesOf(t.CompanyId).Any(s => seed.IsWithin(s.RegionCode, SeedFixture.Zhaoqing))).Select(t => t.CompanyId),
            $"target(s) for {segmentId} that already have a 肇庆 site");
    }

    private static string Describe(IEnumerable<GapReason> reasons) =>
        string.Join(", ", reasons.Select(r => $"{r.Direction} {r.AnchorId ?? "-"} via {r.ViaSegmentId}"));

    private static string Describe(IReadOnlyList<RecruitTarget> targets) =>
        string.Join("; ", targets.Select(t => $"{t.CompanyId} {t.Score:F2} (ties {t.AnchorTies}, cred {t.Credentials}, {t.DistanceKm:F0} km)"));
}
