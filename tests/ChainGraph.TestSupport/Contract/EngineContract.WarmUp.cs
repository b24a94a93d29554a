using ChainGraph.Domain.Analysis;

namespace ChainGraph.TestSupport.Contract;

public abstract partial class EngineContract
{
    [Fact]
    public async Task Warm_up_asks_about_the_first_anchors_region_chain_and_busiest_segment()
    {
        var report = await EngineWarmUp.RunAsync(Store, TimeSpan.FromSeconds(20));

        // catl is the first anchor by id; its first site is in 宁德市, under 福建省, under 中国; it anchors the es chain
        Assert.NotNull(report.Questions);
        Assert.Equal(["350900", "350000", "CN"], report.Questions.Regions);
        Assert.Equal("es", report.Questions.Chain);
        Assert.Equal(ExpectedWarmUpSegment, report.Questions.Segment);
        // whole batches between the checks for settling; a store too slow for one batch in the budget still asks once
        Assert.True(report.Rounds >= 1);
        if (report.Settled)
        {
            Assert.True(report.Rounds >= 30 && report.Rounds % 30 == 0, $"{report.Rounds} rounds");
        }
        else
        {
            Assert.True(report.Elapsed >= TimeSpan.FromSeconds(20), $"stopped after {report.Elapsed} without settling");
        }
    }

    [Fact]
    public async Task A_warm_up_without_time_asks_one_round_and_does_not_call_itself_settled()
    {
        var report = await EngineWarmUp.RunAsync(Store, TimeSpan.Zero);
        Assert.Equal((1, false), (report.Rounds, report.Settled));
        Assert.NotNull(report.Questions);
    }

    [Fact]
    public async Task Warm_up_leaves_the_answers_as_they_were()
    {
        var before = await Engine.GapsAsync(Zhaoqing, "es");
        await EngineWarmUp.RunAsync(Store, TimeSpan.FromSeconds(1));
        var after = await Engine.GapsAsync(Zhaoqing, "es");
        Assert.Equal(before.Select(g => (g.Segment.Id, g.Kind)), after.Select(g => (g.Segment.Id, g.Kind)));
    }

    /// <summary>The es segment with the most companies (a parent counts those of its sub-segments).</summary>
    private const string ExpectedWarmUpSegment = "es";
}
