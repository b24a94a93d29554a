namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>
/// The text columns a graph image writes in place, as UTF-8 in the record, instead of as a number into its string
/// table: those whose values belong to one row (a company's names, codes and website, a site's or project's id and
/// name, a site's capacity). The table then holds what rows share (ids referred to, codes, sources, segment lists):
/// at a million companies about a million strings instead of seven, so that building it is no longer millions of
/// inserts into a map far larger than the processor's caches, and reading it back decodes the same text in record
/// order. A company's id stays in the table: the table starts with them, and supplies name companies by that number.
/// </summary>
internal static class ImageInlineColumns
{
    private static readonly HashSet<(string Table, string Column)> InPlace =
    [
        ("companies", "name_zh"), ("companies", "name_en"), ("companies", "uscc"), ("companies", "stock_code"), ("companies", "website"),
        ("sites", "id"), ("sites", "name_zh"), ("sites", "capacity"),
        ("projects", "id"), ("projects", "name_zh"),
    ];

    /// <summary>For each column of <paramref name="table"/>, whether the image writes its text in place.</summary>
    public static bool[] Of(string table, string[] columns) => Array.ConvertAll(columns, c => InPlace.Contains((table, c)));
}
