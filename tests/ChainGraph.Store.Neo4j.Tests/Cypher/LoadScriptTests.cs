using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;
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

    public static TheoryData<string> FileNames => new(DataSetSchema.Files.Select(f => f.FileName));

    public static TheoryData<string, string> Spellings
    {
        get
        {
            var data = new TheoryData<string, string>();
            Add<ProjectStatus>(data);
            Add<SiteKind>(data);
            Add<SegmentCategory>(data);
            Add<RegionLevel>(data);
            Add<CompanyTag>(data);
            Add<SupplyConfidence>(data);
            return data;
        }
    }

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
    [MemberData(nameof(Spellings))]
    public void Every_chinese_spelling_of_the_import_format_is_read_as_its_value(string spelling, string value) =>
        Assert.Contains($"WHEN '{spelling}' THEN '{value}'", Script.Value, StringComparison.Ordinal);

    [Fact]
    public void Amounts_may_carry_wan_yi_and_yuan()
    {
        Assert.Equal(2, Count("CASE WHEN raw ENDS WITH '元' THEN left(raw, size(raw) - 1) ELSE raw END AS amount"));
        Assert.Equal(2, Count("CASE WHEN amount ENDS WITH '亿' THEN 8 WHEN amount ENDS WITH '万' THEN 4 ELSE 0 END AS shift"));
    }

    private static int Count(string text) => Script.Value.Split(text).Length - 1;

    private static void Add<TEnum>(TheoryData<string, string> data)
        where TEnum : struct, Enum
    {
        foreach (var (spelling, value) in ChineseSpellings.All<TEnum>())
        {
            data.Add(spelling, ContractNames.Of(value));
        }
    }
}
