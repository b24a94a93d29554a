using ChainGraph.Domain.Validation;

namespace ChainGraph.Domain.Tests.Validation;

/// <summary>Rows and problem lists for the validation tests.</summary>
internal static class Drafts
{
    public static RawRow Row(int line, params (string Column, string Value)[] cells) =>
        new(line, cells.ToDictionary(c => c.Column, c => c.Value));

    public static string[] Problems(DataSetDraft draft) => draft.Problems.Select(p => p.ToString()).ToArray();

    /// <summary>A draft holding one row of <paramref name="file"/>.</summary>
    public static DataSetDraft One(DataSetFile file, int line, params (string Column, string Value)[] cells)
    {
        var draft = new DataSetDraft();
        draft.AddRow(file, Row(line, cells));
        return draft;
    }

    /// <summary>A valid company row with one more cell.</summary>
    public static DataSetDraft Company(string column, string value) =>
        One(DataSetSchema.Companies, 2, ("id", "c1"), ("name_zh", "公司"), (column, value));

    /// <summary>A valid project row with one more cell.</summary>
    public static DataSetDraft Project(string column, string value) =>
        One(DataSetSchema.Projects, 2, ("id", "p"), ("name_zh", "项目"), ("region_code", "R"), ("status", "LEAD"), ("status_date", "2023-01-01"), (column, value));

    /// <summary>A valid site row with one more cell.</summary>
    public static DataSetDraft Site(string column, string value) =>
        One(DataSetSchema.Sites, 2, ("id", "s1"), ("company_id", "c1"), ("region_code", "R"), ("lat", "23"), ("lon", "112"), ("kind", "PLANT"), ("segment_ids", "seg"), (column, value));

    /// <summary>A valid supply row with one more cell.</summary>
    public static DataSetDraft Supply(string column, string value) =>
        One(DataSetSchema.Supplies, 2, ("supplier_id", "a"), ("customer_id", "b"), (column, value));
}
