using ChainGraph.Domain.Validation;
using ChainGraph.TestSupport;

namespace ChainGraph.Store.Neo4j.Tests.Cypher;

/// <summary>
/// graph-seed/load.cypher (cypher-shell alone, no validation) reads every file and every column of the import
/// format, and the version 2 rules that change what a cell means.
/// </summary>
public sealed class LoadScriptTests
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(Repo.Root, "graph-seed", "load.cypher")));

    public static TheoryData<string> FileNames => new(DataSetSchema.Files.Select(f => f.FileName).Concat(["anchors.csv", "region_priorities.csv"]).Distinct());

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Every_file_of_the_import_format_is_loaded(string fileName) =>
        Assert.Contains($"LOAD CSV WITH HEADERS FROM 'file:///{fileName}' AS row", Script.Value, StringComparison.Ordinal);

    [Fact]
    public void Every_column_of_every_file_is_read()
    {
        foreach (var file in DataSetSchema.Files)
        {
            var at = Script.Value.IndexOf($"'file:///{file.FileName}'", StringComparison.Ordinal);
            var next = Script.Value.IndexOf("LOAD CSV", at + 1, StringComparison.Ordinal);
            var statement = next < 0 ? Script.Value[at..] : Script.Value[at..next];
            foreach (var column in file.Columns)
            {
                Assert.True(statement.Contains($"row.{column}", StringComparison.Ordinal), $"{file.FileName}: column {column} is not read");
            }
        }
    }

    [Fact]
    public void An_empty_investment_is_not_disclosed_and_an_empty_confidence_is_reported()
    {
        Assert.DoesNotContain("THEN '0'", Script.Value, StringComparison.Ordinal);
        Assert.Contains("p.investmentYuanExact = yuan", Script.Value, StringComparison.Ordinal);
        Assert.Contains("WHEN '' THEN 'REPORTED'", Script.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'签约' THEN 'SIGNED'")]
    [InlineData("'在建' THEN 'STARTED'")]
    [InlineData("'工厂' THEN 'PLANT'")]
    [InlineData("'链主' THEN 'ANCHOR'")]
    [InlineData("'专精特新' THEN 'SRDI'")]
    [InlineData("'未核实' THEN 'UNVERIFIED'")]
    [InlineData("'零部件' THEN 'COMPONENTS'")]
    [InlineData("'园区' THEN 'PARK'")]
    [InlineData("ENDS WITH '亿' THEN 8")]
    [InlineData("ENDS WITH '万' THEN 4")]
    public void The_chinese_spellings_and_units_of_planners_ledgers_are_read(string text) =>
        Assert.Contains(text, Script.Value, StringComparison.Ordinal);
}
