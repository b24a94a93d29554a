using ChainGraph.Domain.Model;
using ChainGraph.Domain.Validation;
using static ChainGraph.Domain.Tests.Validation.Drafts;

namespace ChainGraph.Domain.Tests.Validation;

public sealed class AnchorsAndPrioritiesTests
{
    [Fact]
    public void Anchor_and_priority_rows_are_read_with_their_source()
    {
        var draft = new DataSetDraft();
        draft.AddRow(DataSetSchema.Anchors, Row(2, ("company_id", "catl"), ("chain_id", "es"), ("source", "肇庆市规划")));
        draft.AddRow(DataSetSchema.RegionPriorities, Row(2, ("region_code", "441200"), ("segment_id", "es-bms")));
        Assert.Empty(draft.Problems);
        Assert.Equal(new Anchor("catl", "es", "肇庆市规划"), draft.Anchors[0].Value);
        Assert.Equal(new RegionPriority("441200", "es-bms", null), draft.RegionPriorities[0].Value);
        Assert.Equal(2, draft.RowCount);
        var changes = draft.ToChangeSet(replaceAll: false);
        Assert.Equal([new Anchor("catl", "es", "肇庆市规划")], changes.Anchors);
        Assert.Equal([new RegionPriority("441200", "es-bms", null)], changes.RegionPriorities);
    }

    [Fact]
    public void Both_parts_of_their_keys_are_required()
    {
        var draft = new DataSetDraft();
        draft.AddRow(DataSetSchema.Anchors, Row(2, ("company_id", "catl")));
        draft.AddRow(DataSetSchema.RegionPriorities, Row(3, ("segment_id", "es-bms"), ("source", "plan")));
        Assert.Equal(["anchors.csv:2: chain_id is required", "region_priorities.csv:3: region_code is required"], Problems(draft));
    }

    [Fact]
    public async Task Duplicate_keys_and_dangling_references_are_reported()
    {
        var draft = new DataSetDraft();
        draft.AddRow(DataSetSchema.Anchors, Row(2, ("company_id", "catl"), ("chain_id", "es")));
        draft.AddRow(DataSetSchema.Anchors, Row(3, ("company_id", "catl"), ("chain_id", "auto")));
        draft.AddRow(DataSetSchema.Anchors, Row(4, ("company_id", "catl"), ("chain_id", "es"), ("source", "again")));
        draft.AddRow(DataSetSchema.Anchors, Row(5, ("company_id", "ghost"), ("chain_id", "nochain")));
        draft.AddRow(DataSetSchema.RegionPriorities, Row(2, ("region_code", "441200"), ("segment_id", "es-bms")));
        draft.AddRow(DataSetSchema.RegionPriorities, Row(3, ("region_code", "441200"), ("segment_id", "es-bms")));
        draft.AddRow(DataSetSchema.RegionPriorities, Row(4, ("region_code", "999999"), ("segment_id", "es-nothing")));
        var store = new KnownKeys((EntityKind.Company, "catl"), (EntityKind.Chain, "es"), (EntityKind.Chain, "auto"), (EntityKind.Region, "441200"), (EntityKind.Segment, "es-bms"));
        await DataSetValidator.ValidateAsync(draft, store, replaceAll: false);
        Assert.Equal(
            [
                "anchors.csv:4: duplicate key 'catl @ es' (first at line 2)",
                "region_priorities.csv:3: duplicate key '441200 @ es-bms' (first at line 2)",
                "anchors.csv:5: company_id refers to company 'ghost', which is neither in the data set nor in the store",
                "anchors.csv:5: chain_id refers to chain 'nochain', which is neither in the data set nor in the store",
                "region_priorities.csv:4: region_code refers to region '999999', which is neither in the data set nor in the store",
                "region_priorities.csv:4: segment_id refers to segment 'es-nothing', which is neither in the data set nor in the store",
            ],
            Problems(draft));
    }

    [Fact]
    public async Task References_may_point_into_the_data_set()
    {
        var draft = new DataSetDraft();
        draft.AddRow(DataSetSchema.Chains, Row(2, ("id", "es")));
        draft.AddRow(DataSetSchema.Companies, Row(2, ("id", "catl"), ("name_zh", "宁德时代")));
        draft.AddRow(DataSetSchema.Regions, Row(2, ("code", "441200"), ("name_zh", "肇庆市"), ("level", "市"), ("lat", "23"), ("lon", "112")));
        draft.AddRow(DataSetSchema.Segments, Row(2, ("id", "es-bms"), ("chain_id", "es"), ("name_zh", "BMS"), ("category", "配件")));
        draft.AddRow(DataSetSchema.Anchors, Row(2, ("company_id", "catl"), ("chain_id", "es")));
        draft.AddRow(DataSetSchema.RegionPriorities, Row(2, ("region_code", "441200"), ("segment_id", "es-bms")));
        await DataSetValidator.ValidateAsync(draft, new KnownKeys(), replaceAll: false);
        Assert.Empty(draft.Problems);
    }

    [Fact]
    public async Task With_replace_the_store_does_not_count()
    {
        var draft = new DataSetDraft();
        draft.AddRow(DataSetSchema.Anchors, Row(2, ("company_id", "catl"), ("chain_id", "es")));
        await DataSetValidator.ValidateAsync(draft, new KnownKeys((EntityKind.Company, "catl"), (EntityKind.Chain, "es")), replaceAll: true);
        Assert.Equal(2, draft.Problems.Count);
    }

    [Fact]
    public void A_supply_without_a_confidence_is_reported_and_a_bad_one_is_named()
    {
        var plain = One(DataSetSchema.Supplies, 2, ("supplier_id", "a"), ("customer_id", "b"));
        Assert.Equal(SupplyConfidence.Reported, plain.Supplies[0].Value.Confidence);
        Assert.Equal(SupplyConfidence.Verified, Supply("confidence", "verified").Supplies[0].Value.Confidence);
        Assert.Equal(["supplies.csv:2: confidence 'CONFIRMED' is not one of VERIFIED, REPORTED, UNVERIFIED"], Problems(Supply("confidence", "CONFIRMED")));
    }

    [Fact]
    public void The_same_rules_guard_rows_that_do_not_come_from_a_file()
    {
        var draft = new DataSetDraft();
        draft.AddEntity(draft.Anchors, new Anchor("", "es", null), "input", EntityRules.Check);
        draft.AddEntity(draft.RegionPriorities, new RegionPriority("441200", " ", null), "input", EntityRules.Check);
        Assert.Equal(["input:1: company_id is required", "input:1: segment_id is required"], Problems(draft));
    }
}
