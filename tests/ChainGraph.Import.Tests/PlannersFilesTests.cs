using ChainGraph.TestSupport;
using MiniExcelLibs;

namespace ChainGraph.Import.Tests;

/// <summary>The files planners actually have: CSV saved by Excel on Chinese Windows (GBK), and .xlsx workbooks.</summary>
public sealed class PlannersFilesTests : IDisposable
{
    private const string Companies = "id,name_zh,tags,founded\nc1,肇庆甲电子,高新技术企业,2010\nc2,肇庆乙材料,,\n";
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_gbk_file_gets_a_hint_naming_the_way_out()
    {
        File.WriteAllBytes(_folder.File("companies.csv"), DataSetReader.Gbk.GetBytes(Companies));
        var problem = Assert.Single(DataSetReader.ReadFolder(_folder.Path).Problems).ToString();
        Assert.StartsWith("companies.csv:1: file is not valid UTF-8: it looks like GBK", problem, StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8", problem, StringComparison.Ordinal);
        Assert.Contains("--encoding gbk", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gbk_file_reads_when_its_encoding_is_given()
    {
        File.WriteAllBytes(_folder.File("companies.csv"), DataSetReader.Gbk.GetBytes(Companies));
        var draft = DataSetReader.ReadFolder(_folder.Path, DataSetReader.Gbk);
        Assert.Empty(draft.Problems);
        Assert.Equal(["肇庆甲电子", "肇庆乙材料"], draft.Companies.Select(c => c.Value.NameZh).ToArray());
    }

    [Fact]
    public void A_file_that_is_neither_utf8_nor_gbk_is_told_to_be_saved_as_utf8()
    {
        File.WriteAllBytes(_folder.File("chains.csv"), [.. "id,name_zh\nes,"u8, 0xFF, 0xFF, 0xFF, (byte)'\n']);
        var problem = Assert.Single(DataSetReader.ReadFolder(_folder.Path).Problems).ToString();
        Assert.Equal("chains.csv:1: file is not valid UTF-8; save it as UTF-8", problem);
    }

    [Fact]
    public void An_xlsx_workbook_reads_like_the_csv_with_its_row_numbers()
    {
        _folder.Write("companies.csv", Companies);
        var fromCsv = DataSetReader.ReadFolder(_folder.Path);
        File.Delete(_folder.File("companies.csv"));
        MiniExcel.SaveAs(_folder.File("companies.xlsx"), new[]
        {
            new Dictionary<string, object?> { ["id"] = "c1", ["name_zh"] = "肇庆甲电子", ["tags"] = "高新技术企业", ["founded"] = 2010 },
            new Dictionary<string, object?> { ["id"] = "c2", ["name_zh"] = "肇庆乙材料", ["tags"] = null, ["founded"] = null },
        });

        var fromXlsx = DataSetReader.ReadFolder(_folder.Path);

        Assert.Empty(fromXlsx.Problems);
        Assert.Equal(fromCsv.Companies.Select(c => (c.Line, c.Value)), fromXlsx.Companies.Select(c => (c.Line, c.Value)));
        Assert.Equal(2010, fromXlsx.Companies[0].Value.Founded);
    }

    [Fact]
    public void A_bad_value_in_a_workbook_names_the_sheet_row_and_the_same_file_twice_is_an_error()
    {
        MiniExcel.SaveAs(_folder.File("companies.xlsx"), new[] { new Dictionary<string, object?> { ["id"] = "c1", ["name_zh"] = "甲", ["founded"] = 1700 } });
        var problem = Assert.Single(DataSetReader.ReadFolder(_folder.Path).Problems).ToString();
        Assert.StartsWith("companies.csv:2: founded", problem, StringComparison.Ordinal);

        _folder.Write("companies.csv", Companies);
        Assert.Contains(DataSetReader.ReadFolder(_folder.Path).Problems, p => p.ToString().Contains("both companies.csv and companies.xlsx", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();
}
