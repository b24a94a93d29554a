using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Validation;

/// <summary>The files of a data set (import format version 2), in the order they are validated and reported.</summary>
public static class DataSetSchema
{
    public static DataSetFile Chains { get; } = new("chains.csv", EntityKind.Chain, ["id", "name_zh", "name_en"], ["id"]);

    public static DataSetFile Regions { get; } = new(
        "regions.csv",
        EntityKind.Region,
        ["code", "name_zh", "name_en", "level", "parent_code", "lat", "lon"],
        ["code", "name_zh", "level", "lat", "lon"]);

    public static DataSetFile Segments { get; } = new(
        "segments.csv",
        EntityKind.Segment,
        ["id", "chain_id", "name_zh", "name_en", "category", "parent_id"],
        ["id", "chain_id", "name_zh", "category"]);

    public static DataSetFile Flows { get; } = new("segment_flows.csv", EntityKind.SegmentFlow, ["from_id", "to_id"], ["from_id", "to_id"]);

    public static DataSetFile Companies { get; } = new(
        "companies.csv",
        EntityKind.Company,
        ["id", "name_zh", "name_en", "uscc", "tags", "parent_id", "stock_code", "founded", "employees", "revenue_yuan", "website", "source"],
        ["id", "name_zh"]);

    public static DataSetFile Anchors { get; } =
        new("anchors.csv", EntityKind.Anchor, ["company_id", "chain_id", "source"], ["company_id", "chain_id"]);

    public static DataSetFile Sites { get; } = new(
        "sites.csv",
        EntityKind.Site,
        ["id", "company_id", "name_zh", "region_code", "lat", "lon", "kind", "segment_ids", "capacity", "since", "source"],
        ["id", "company_id", "region_code", "lat", "lon", "kind", "segment_ids"]);

    public static DataSetFile Supplies { get; } = new(
        "supplies.csv",
        EntityKind.Supply,
        ["supplier_id", "customer_id", "segment_id", "confidence", "source"],
        ["supplier_id", "customer_id"]);

    public static DataSetFile Projects { get; } = new(
        "projects.csv",
        EntityKind.Project,
        ["id", "name_zh", "company_id", "region_code", "segment_id", "investment_yuan", "status", "status_date", "source"],
        ["id", "name_zh", "region_code", "status", "status_date"]);

    public static DataSetFile RegionPriorities { get; } = new(
        "region_priorities.csv",
        EntityKind.RegionPriority,
        ["region_code", "segment_id", "source"],
        ["region_code", "segment_id"]);

    public static IReadOnlyList<DataSetFile> Files { get; } =
        [Chains, Regions, Segments, Flows, Companies, Anchors, Sites, Supplies, Projects, RegionPriorities];

    /// <summary>Finds a file by name; names are matched exactly (lower case), as written in the format.</summary>
    public static DataSetFile? Find(string fileName) =>
        Files.FirstOrDefault(f => string.Equals(f.FileName, fileName, StringComparison.Ordinal));
}
