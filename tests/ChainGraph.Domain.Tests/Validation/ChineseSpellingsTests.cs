using ChainGraph.Domain.Model;
using ChainGraph.Domain.Validation;
using static ChainGraph.Domain.Tests.Validation.Drafts;

namespace ChainGraph.Domain.Tests.Validation;

public sealed class ChineseSpellingsTests
{
    [Theory]
    [InlineData("线索", ProjectStatus.Lead)]
    [InlineData("在谈", ProjectStatus.Negotiating)]
    [InlineData("签约", ProjectStatus.Signed)]
    [InlineData("已签约", ProjectStatus.Signed)]
    [InlineData("开工", ProjectStatus.Started)]
    [InlineData("在建", ProjectStatus.Started)]
    [InlineData("竣工", ProjectStatus.Completed)]
    [InlineData("投产", ProjectStatus.Producing)]
    [InlineData("终止", ProjectStatus.Dropped)]
    [InlineData("放弃", ProjectStatus.Dropped)]
    [InlineData("signed", ProjectStatus.Signed)]
    public void A_project_status_may_be_written_in_chinese(string cell, ProjectStatus expected)
    {
        var draft = Status(cell);
        Assert.Empty(draft.Problems);
        Assert.Equal(expected, draft.Projects[0].Value.Status);
    }

    [Theory]
    [InlineData("总部", SiteKind.Hq)]
    [InlineData("工厂", SiteKind.Plant)]
    [InlineData("生产基地", SiteKind.Plant)]
    [InlineData("研发", SiteKind.Rnd)]
    [InlineData("研发中心", SiteKind.Rnd)]
    [InlineData("基地", SiteKind.Base)]
    public void A_site_kind_may_be_written_in_chinese(string cell, SiteKind expected)
    {
        var draft = One(DataSetSchema.Sites, 2, ("id", "s1"), ("company_id", "c1"), ("region_code", "R"), ("lat", "23"), ("lon", "112"), ("kind", cell), ("segment_ids", "seg"));
        Assert.Empty(draft.Problems);
        Assert.Equal(expected, draft.Sites[0].Value.Kind);
    }

    [Theory]
    [InlineData("材料", SegmentCategory.Materials)]
    [InlineData("电芯", SegmentCategory.Cells)]
    [InlineData("配件", SegmentCategory.Components)]
    [InlineData("零部件", SegmentCategory.Components)]
    [InlineData("装备", SegmentCategory.Equipment)]
    [InlineData("回收", SegmentCategory.Recycling)]
    [InlineData("应用", SegmentCategory.Applications)]
    public void A_segment_category_may_be_written_in_chinese(string cell, SegmentCategory expected)
    {
        var draft = One(DataSetSchema.Segments, 2, ("id", "s"), ("chain_id", "es"), ("name_zh", "环节"), ("category", cell));
        Assert.Empty(draft.Problems);
        Assert.Equal(expected, draft.Segments[0].Value.Category);
    }

    [Theory]
    [InlineData("国家", RegionLevel.Country)]
    [InlineData("省", RegionLevel.Province)]
    [InlineData("市", RegionLevel.City)]
    [InlineData("区县", RegionLevel.District)]
    [InlineData("园区", RegionLevel.Park)]
    public void A_region_level_may_be_written_in_chinese(string cell, RegionLevel expected)
    {
        var draft = One(DataSetSchema.Regions, 2, ("code", "R"), ("name_zh", "某地"), ("level", cell), ("lat", "23"), ("lon", "112"));
        Assert.Empty(draft.Problems);
        Assert.Equal(expected, draft.Regions[0].Value.Level);
    }

    [Theory]
    [InlineData("已核实", SupplyConfidence.Verified)]
    [InlineData("报道", SupplyConfidence.Reported)]
    [InlineData("未核实", SupplyConfidence.Unverified)]
    [InlineData("unverified", SupplyConfidence.Unverified)]
    public void A_supply_confidence_may_be_written_in_chinese(string cell, SupplyConfidence expected)
    {
        var draft = Supply("confidence", cell);
        Assert.Empty(draft.Problems);
        Assert.Equal(expected, draft.Supplies[0].Value.Confidence);
    }

    [Fact]
    public void Tags_may_be_written_in_chinese_and_mixed_with_contract_names()
    {
        var draft = Company("tags", "链主; 高新技术企业;专精特新;listed;上市");
        Assert.Empty(draft.Problems);
        Assert.Equal(CompanyTags.Anchor | CompanyTags.HighTech | CompanyTags.Srdi | CompanyTags.Listed, draft.Companies[0].Value.Tags);
    }

    private static DataSetDraft Status(string cell) =>
        One(DataSetSchema.Projects, 2, ("id", "p"), ("name_zh", "项目"), ("region_code", "R"), ("status", cell), ("status_date", "2023-01-01"));

    [Theory]
    [InlineData("签约在建")]
    [InlineData("签约/在建")]
    [InlineData("签约;在建")]
    [InlineData("筹建")]
    public void A_cell_holds_exactly_one_spelling(string cell)
    {
        var draft = Status(cell);
        Assert.Equal([$"projects.csv:2: status '{cell}' is not one of LEAD, NEGOTIATING, SIGNED, STARTED, COMPLETED, PRODUCING, DROPPED"], Problems(draft));
    }

    [Fact]
    public void An_unknown_chinese_tag_is_named()
    {
        var draft = Company("tags", "链主;独角兽");
        Assert.Equal(["companies.csv:2: tag '独角兽' is not one of ANCHOR, HIGH_TECH, SRDI, LISTED"], Problems(draft));
    }

    [Fact]
    public void A_spelling_stands_only_for_its_own_enumeration()
    {
        // 基地 is a site kind, not a project status; 市 is a level, not a kind.
        Assert.Equal(["projects.csv:2: status '基地' is not one of LEAD, NEGOTIATING, SIGNED, STARTED, COMPLETED, PRODUCING, DROPPED"], Problems(Status("基地")));
        Assert.False(ChineseSpellings.TryParse<SiteKind>("市", out _));
        Assert.True(ChineseSpellings.TryParse<RegionLevel>("市", out var level));
        Assert.Equal(RegionLevel.City, level);
    }

    [Fact]
    public void Every_value_of_every_spelt_enumeration_has_a_spelling()
    {
        static void All<TEnum>()
            where TEnum : struct, Enum =>
            Assert.Equal(Enum.GetValues<TEnum>(), ChineseSpellings.All<TEnum>().Select(s => s.Value).Distinct());
        All<ProjectStatus>();
        All<SiteKind>();
        All<SegmentCategory>();
        All<RegionLevel>();
        All<CompanyTag>();
        All<SupplyConfidence>();
    }
}
