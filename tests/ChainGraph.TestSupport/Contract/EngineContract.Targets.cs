using ChainGraph.Domain;
using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;

namespace ChainGraph.TestSupport.Contract;

public abstract partial class EngineContract
{
    // Haversine distances to 肇庆市 (23.0469, 112.4651), radius 6371.0088 km, computed independently.
    private const double SeniorKm = 172.6198785492697;
    private const double SemcorpKm = 1216.9580201741965;
    private const double BrunpKm = 67.21826073578939;
    private const double GeesunKm = 174.7712987449788;
    private const double CatlKm = 819.8875590481031;

    [Fact]
    public async Task Targets_score_ties_by_group_credentials_and_proximity()
    {
        var targets = await Engine.TargetsAsync(Zhaoqing, "es-separator");
        Assert.Equal(["senior", "semcorp"], targets.Select(t => t.CompanyId).ToArray());

        var senior = targets[0];
        // senior -> catl and senior -> catl-zq are one group (catl); senior-hk (senior's group) -> xpeng is another.
        // Every supply row of the fixture is REPORTED (no confidence column): each tie weighs 0.6.
        Assert.Equal(2, senior.AnchorTies);
        Assert.Equal(1.2, senior.TieStrength, 9);
        Assert.Equal(1, senior.Credentials);
        Assert.Equal(SeniorKm, senior.DistanceKm, 6);
        Assert.Equal(1 - (SeniorKm / 1000), senior.Proximity, 9);
        Assert.Equal((3 * 1.2) + 1 + (2 * (1 - (SeniorKm / 1000))), senior.Score, 9);
        Assert.False(senior.GroupLocal);
        Assert.Equal(["catl-zq", "xpeng"], senior.SuppliesAnchorIds);
        Assert.Equal("senior-a", senior.NearestSiteId); // two sites at the same point: the smaller id
        Assert.False(senior.InPipeline); // its project is DROPPED

        var semcorp = targets[1];
        Assert.Equal((1, 2, 0.0), (semcorp.AnchorTies, semcorp.Credentials, semcorp.Proximity));
        Assert.Equal(SemcorpKm, semcorp.DistanceKm, 6);
        Assert.Equal((3 * 0.6) + 2, semcorp.Score, 9);
        Assert.Equal(["catl-zq"], semcorp.SuppliesAnchorIds);
        Assert.Equal("semcorp-wx", semcorp.NearestSiteId);
        Assert.True(semcorp.InPipeline); // NEGOTIATING
    }

    [Fact]
    public async Task Targets_count_a_supply_inside_the_candidates_own_anchor_group()
    {
        // brunp's group (catl) is local to 肇庆 through 瑞庆时代: not a new investor, so only EXPANSION (增资扩产) lists it.
        Assert.Empty(await Engine.TargetsAsync(Zhaoqing, "es-recovery"));
        var targets = await Engine.TargetsAsync(Zhaoqing, "es-recovery", scope: RecruitScope.Expansion);
        var brunp = Assert.Single(targets);
        // brunp -> catl-zq stays inside the catl group, which is a local anchor's group; catl -> xpeng ties the group to xpeng.
        Assert.Equal("brunp", brunp.CompanyId);
        Assert.True(brunp.GroupLocal);
        Assert.Equal(2, brunp.AnchorTies);
        Assert.Equal(1.2, brunp.TieStrength, 9);
        Assert.Equal(0, brunp.Credentials); // catl's tags are not brunp's
        Assert.Equal(BrunpKm, brunp.DistanceKm, 6);
        Assert.Equal((3 * 1.2) + (2 * (1 - (BrunpKm / 1000))), brunp.Score, 9);
        Assert.Equal(["catl-zq", "xpeng"], brunp.SuppliesAnchorIds);
        Assert.Equal(targets, await Engine.TargetsAsync(Zhaoqing, "es-recovery", scope: RecruitScope.All), TargetComparer);
    }

    [Fact]
    public async Task Targets_for_a_parent_segment_exclude_local_companies_and_order_by_score_then_id()
    {
        // NEW (the default) leaves out catl and brunp: their group is in 肇庆 already.
        var targets = await Engine.TargetsAsync(Zhaoqing, "es", first: 10);
        Assert.Equal(["senior", "semcorp", "geesun"], targets.Select(t => t.CompanyId).ToArray());
        var all = await Engine.TargetsAsync(Zhaoqing, "es", first: 10, scope: RecruitScope.All);
        Assert.Equal(["senior", "catl", "brunp", "semcorp", "geesun"], all.Select(t => t.CompanyId).ToArray());
        Assert.Equal([false, true, true, false, false], all.Select(t => t.GroupLocal).ToArray());
        var catl = all[1];
        Assert.Equal((2, 2), (catl.AnchorTies, catl.Credentials)); // ANCHOR is not a credential
        Assert.Equal((3 * 1.2) + 2 + (2 * (1 - (CatlKm / 1000))), catl.Score, 9);
        Assert.Equal(["catl", "brunp"], (await Engine.TargetsAsync(Zhaoqing, "es", first: 10, scope: RecruitScope.Expansion)).Select(t => t.CompanyId).ToArray());
        var geesun = targets[2];
        Assert.Equal(GeesunKm, geesun.DistanceKm, 6);
        Assert.True(geesun.InPipeline); // STARTED in 肇庆高新区, a park under 441200
        Assert.Empty(geesun.SuppliesAnchorIds);
    }

    [Fact]
    public async Task Targets_take_custom_weights_and_first()
    {
        var targets = await Engine.TargetsAsync(Zhaoqing, "es", first: 2, new ScoreWeights(AnchorTies: 0, Credentials: 1, Proximity: 0));
        // All weight on credentials: semcorp and geesun have 2 (catl too, but its group is local); ties by id.
        Assert.Equal(["geesun", "semcorp"], targets.Select(t => t.CompanyId).ToArray());
        Assert.All(targets, t => Assert.Equal(2.0, t.Score));
    }

    private static readonly EqualityComparer<RecruitTarget> TargetComparer = EqualityComparer<RecruitTarget>.Create(
        (a, b) => a!.CompanyId == b!.CompanyId && a.Score == b.Score && a.SuppliesAnchorIds.SequenceEqual(b.SuppliesAnchorIds),
        t => t.CompanyId.GetHashCode(StringComparison.Ordinal));

    [Fact]
    public async Task Supply_paths_list_every_shortest_path_in_id_order()
    {
        var paths = await Engine.PathsAsync("senior", "xpeng");
        Assert.Equal(
            [["senior", "catl", "xpeng"], ["senior", "catl-zq", "xpeng"]],
            paths.Select(p => p.CompanyIds.ToArray()).ToArray());
        Assert.Empty(await Engine.PathsAsync("senior", "xpeng", maxHops: 1));
        Assert.Empty(await Engine.PathsAsync("xpeng", "senior"));
        Assert.Equal([["catl"]], (await Engine.PathsAsync("catl", "catl")).Select(p => p.CompanyIds.ToArray()).ToArray());
        // two supply rows catl -> xpeng (with and without a segment) are one step
        Assert.Equal([["catl", "xpeng"]], (await Engine.PathsAsync("catl", "xpeng")).Select(p => p.CompanyIds.ToArray()).ToArray());
        Assert.Equal(
            [["zq-salt-a", "semcorp", "catl", "xpeng"]],
            (await Engine.PathsAsync("zq-salt-a", "xpeng")).Select(p => p.CompanyIds.ToArray()).ToArray());
        Assert.Empty(await Engine.PathsAsync("zq-salt-a", "xpeng", maxHops: 2));
    }

    [Fact]
    public async Task Pipeline_lists_every_status_and_category_with_zeros()
    {
        var pipeline = await Engine.PipelineAsync(Zhaoqing);
        Assert.Equal(
            [
                (ProjectStatus.Lead, 1, 300_000_000m),
                (ProjectStatus.Negotiating, 1, 2_000_000_000m),
                (ProjectStatus.Signed, 1, 100_000_000m),
                (ProjectStatus.Started, 2, 1_800_000_000m),
                (ProjectStatus.Completed, 1, 0m),
                (ProjectStatus.Producing, 1, 12_000_000_000m),
                (ProjectStatus.Dropped, 1, 500_000_000m),
            ],
            pipeline.ByStatus.Select(b => (b.Status, b.Count, b.InvestmentYuan)).ToArray());
        Assert.Equal(
            [
                ("MATERIALS", 3, 2_500_000_000m),
                ("CELLS", 1, 12_000_000_000m),
                ("COMPONENTS", 2, 1_100_000_000m),
                ("EQUIPMENT", 1, 1_000_000_000m),
                ("RECYCLING", 0, 0m),
                ("APPLICATIONS", 0, 0m),
                ("UNCLASSIFIED", 1, 100_000_000m),
            ],
            pipeline.ByCategory.Select(b => (b.Category, b.Count, b.InvestmentYuan)).ToArray());
    }

    [Fact]
    public async Task Pipeline_window_includes_both_ends()
    {
        var pipeline = await Engine.PipelineAsync(Zhaoqing, new DateOnly(2023, 3, 1), new DateOnly(2023, 7, 14));
        // p1 (STARTED 03-01), p8 (LEAD 06-26), p6 (SIGNED 07-14)
        Assert.Equal([1, 0, 1, 1, 0, 0, 0], pipeline.ByStatus.Select(b => b.Count).ToArray());
        Assert.Equal(3, pipeline.ByCategory.Sum(b => b.Count));

        var empty = await Engine.PipelineAsync(Zhaoqing, new DateOnly(2024, 1, 1), new DateOnly(2023, 1, 1));
        Assert.All(empty.ByStatus, b => Assert.Equal((0, 0m), (b.Count, b.InvestmentYuan)));
        Assert.Equal(7, empty.ByCategory.Count);
    }

    [Theory]
    [InlineData("nowhere", "es", 2, ErrorCodes.NotFound, "regionCode")]
    [InlineData("nowhere", "nochain", 0, ErrorCodes.NotFound, "regionCode")]
    [InlineData(Zhaoqing, "ES", 2, ErrorCodes.NotFound, "chainId")]
    [InlineData(Zhaoqing, "nochain", 0, ErrorCodes.NotFound, "chainId")]
    [InlineData(Zhaoqing, "es", 0, ErrorCodes.BadInput, "weakBelow")]
    [InlineData(Zhaoqing, "es", 1001, ErrorCodes.BadInput, "weakBelow")]
    public async Task Bad_gap_arguments_name_the_first_bad_argument(string region, string chain, int weakBelow, string code, string argument)
    {
        var coverage = await Assert.ThrowsAsync<BadArgumentException>(() => Engine.CoverageAsync(region, chain, weakBelow).AsTask());
        Assert.Equal((code, argument), (coverage.Code, coverage.Argument));
        Assert.Contains(argument, coverage.Message, StringComparison.Ordinal);
        var gaps = await Assert.ThrowsAsync<BadArgumentException>(() => Engine.GapsAsync(region, chain, weakBelow).AsTask());
        Assert.Equal((code, argument), (gaps.Code, gaps.Argument));
    }

    [Theory]
    [InlineData("es-separator", 0, 3.0, ErrorCodes.BadInput, "first")]
    [InlineData("es-separator", 101, 3.0, ErrorCodes.BadInput, "first")]
    [InlineData("es-separator", 20, -1.0, ErrorCodes.BadInput, "weights.anchorTies")]
    [InlineData("es-separator", 20, double.NaN, ErrorCodes.BadInput, "weights.anchorTies")]
    [InlineData("es-separator", 20, double.PositiveInfinity, ErrorCodes.BadInput, "weights.anchorTies")]
    [InlineData("no-such", 0, -1.0, ErrorCodes.NotFound, "segmentId")]
    public async Task Bad_target_arguments_name_the_first_bad_argument(string segment, int first, double tieWeight, string code, string argument)
    {
        var e = await Assert.ThrowsAsync<BadArgumentException>(
            () => Engine.TargetsAsync(Zhaoqing, segment, first, new ScoreWeights(AnchorTies: tieWeight)).AsTask());
        Assert.Equal((code, argument), (e.Code, e.Argument));
    }

    [Theory]
    [InlineData("nobody", "xpeng", 4, ErrorCodes.NotFound, "fromCompanyId")]
    [InlineData("senior", "Xpeng", 4, ErrorCodes.NotFound, "toCompanyId")]
    [InlineData("senior", "xpeng", 0, ErrorCodes.BadInput, "maxHops")]
    [InlineData("senior", "xpeng", 7, ErrorCodes.BadInput, "maxHops")]
    public async Task Bad_path_arguments_name_the_first_bad_argument(string from, string to, int maxHops, string code, string argument)
    {
        var e = await Assert.ThrowsAsync<BadArgumentException>(() => Engine.PathsAsync(from, to, maxHops).AsTask());
        Assert.Equal((code, argument), (e.Code, e.Argument));
    }

    [Fact]
    public async Task Unknown_pipeline_region_is_not_found()
    {
        var e = await Assert.ThrowsAsync<BadArgumentException>(() => Engine.PipelineAsync("999999").AsTask());
        Assert.Equal((ErrorCodes.NotFound, "regionCode"), (e.Code, e.Argument));
    }
}
