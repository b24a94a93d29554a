using ChainGraph.Domain.Model;
using ChainGraph.TestSupport;

namespace ChainGraph.Import.Tests;

/// <summary>The <c>ledger-v2</c> fixture: a version 2 folder written the way a planner's ledger is.</summary>
public sealed class LedgerFixtureTests
{
    private static readonly string Ledger = Repo.Fixture("ledger-v2");

    private static async Task<ChangeSet> ImportAsync()
    {
        var (store, recorder) = RecordingStore.Create();
        var result = await DataSetImporter.RunAsync(Ledger, store, replace: false, apply: true);
        Assert.Empty(result.Problems.Select(p => p.ToString()));
        Assert.True(result.Applied);
        return Assert.Single(recorder.Applied);
    }

    [Fact]
    public async Task The_change_set_carries_anchors_and_region_priorities()
    {
        var changes = await ImportAsync();
        Assert.Equal(
            [new Anchor("catl", "es", "fixture: chain leader of energy storage"), new Anchor("fenghua", "elec", "fixture: leads electronics only")],
            changes.Anchors);
        Assert.Equal(
            [new RegionPriority("441200", "es-bms", "fixture: city plan names BMS"), new RegionPriority("441200", "es-separator", null)],
            changes.RegionPriorities);
        Assert.Equal(41, changes.RowCount);
    }

    [Fact]
    public async Task Chinese_spellings_are_stored_as_the_english_values()
    {
        var changes = await ImportAsync();
        Assert.Equal(
            [RegionLevel.Country, RegionLevel.Province, RegionLevel.City, RegionLevel.District, RegionLevel.Park],
            changes.Regions.Select(r => r.Level));
        Assert.Equal(
            [SegmentCategory.Applications, SegmentCategory.Materials, SegmentCategory.Materials, SegmentCategory.Cells, SegmentCategory.Components, SegmentCategory.Equipment, SegmentCategory.Recycling, SegmentCategory.Components],
            changes.Segments.Select(s => s.Category));
        Assert.Equal(
            [CompanyTags.Anchor | CompanyTags.Listed | CompanyTags.HighTech, CompanyTags.None, CompanyTags.Anchor | CompanyTags.Listed, CompanyTags.Listed | CompanyTags.Srdi, CompanyTags.HighTech],
            changes.Companies.Select(c => c.Tags));
        Assert.Equal([SiteKind.Hq, SiteKind.Plant, SiteKind.Plant, SiteKind.Plant, SiteKind.Rnd], changes.Sites.Select(s => s.Kind));
        Assert.Equal(
            [ProjectStatus.Signed, ProjectStatus.Negotiating, ProjectStatus.Started, ProjectStatus.Producing, ProjectStatus.Dropped],
            changes.Projects.Select(p => p.Status));
    }

    [Fact]
    public async Task Amounts_are_in_yuan_and_an_empty_investment_is_undisclosed()
    {
        var changes = await ImportAsync();
        Assert.Equal([12_000_000_000m, 15_000m, null, 3_000_000m, 80_000_000m], changes.Projects.Select(p => p.InvestmentYuan));
        Assert.Equal([400_917_000_000m, null, 5_050_000_000m, 12_000_000_000m, 90_000_000m], changes.Companies.Select(c => c.RevenueYuan));
    }

    [Fact]
    public async Task Supplies_carry_their_confidence_reported_when_left_empty()
    {
        var changes = await ImportAsync();
        Assert.Equal(
            [SupplyConfidence.Verified, SupplyConfidence.Reported, SupplyConfidence.Unverified, SupplyConfidence.Reported],
            changes.Supplies.Select(s => s.Confidence));
    }

    [Fact]
    public async Task Descriptive_columns_are_kept()
    {
        var changes = await ImportAsync();
        var catl = changes.Companies[0];
        Assert.Equal(("300750.SZ", 2011, 131988L, "https://www.catl.com", "fixture: invented figures"), (catl.StockCode, catl.Founded, catl.Employees, catl.Website, catl.Source));
        var plant = changes.Sites.Single(s => s.Id == "catl-zq-1");
        Assert.Equal(("25GWh", new DateOnly(2022, 5, 1), "fixture"), (plant.Capacity, plant.Since, plant.Source));
        Assert.Equal((null, null, null), (changes.Sites[0].Capacity, changes.Sites[0].Since, changes.Sites[0].Source));
    }

    [Fact]
    public async Task Validating_without_applying_writes_nothing()
    {
        var (store, recorder) = RecordingStore.Create();
        var result = await DataSetImporter.RunAsync(Ledger, store, replace: true, apply: false);
        Assert.True(result.Succeeded);
        Assert.Equal(41, result.Rows);
        Assert.Empty(recorder.Applied);
    }
}
