using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Validation;

/// <summary>The files of a data set, in the order they are validated and reported.</summary>
public static class DataSetSchema
{
    public static DataSetFile Chains { get; } = new("chains.csv", EntityKind.Chain, ["id", "name_zh", "name_en"]);

    public static DataSetFile Regions { get; } =
        new("regions.csv", EntityKind.Region, ["code", "name_zh", "name_en", "level", "parent_code", "lat", "lon"]);

    public static DataSetFile Segments { get; } =
        new("segments.csv", EntityKind.Segment, ["id", "chain_id", "name_zh", "name_en", "category", "parent_id"]);

    public static DataSetFile Flows { get; } = new("segment_flows.csv", EntityKind.SegmentFlow, ["from_id", "to_id"]);

    public static DataSetFile Companies { get; } =
        new("companies.csv", EntityKind.Company, ["id", "name_zh", "name_en", "uscc", "tags", "parent_id"]);

    public static DataSetFile Sites { get; } = new(
        "sites.csv",
        EntityKind.Site,
        ["id", "company_id", "name_zh", "region_code", "lat", "lon", "kind", "segment_ids"]);

    public static DataSetFile Supplies { get; } =
        new("supplies.csv", EntityKind.Supply, ["supplier_id", "customer_id", "segment_id", "source"]);

    public static DataSetFile Projects { get; } = new(
        "projects.csv",
        EntityKind.Project,
        ["id", "name_zh", "company_id", "region_code", "segment_id", "investment_yuan", "status", "status_date", "source"]);

    public static IReadOnlyList<DataSetFile> Files { get; } =
        [Chains, Regions, Segments, Flows, Companies, Sites, Supplies, Projects];

    /// <summary>Finds a file by name; names are matched exactly (lower case), as written in the format.</summary>
    public static DataSetFile? Find(string fileName) =>
        Files.FirstOrDefault(f => string.Equals(f.FileName, fileName, StringComparison.Ordinal));
}
