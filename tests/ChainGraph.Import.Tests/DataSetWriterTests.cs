using ChainGraph.Domain.Model;
using ChainGraph.Domain.Validation;
using ChainGraph.TestSupport;

namespace ChainGraph.Import.Tests;

public sealed class DataSetWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>The rows of a folder, sites with their segment lists spelt out (records compare lists by reference).</summary>
    private static object[] Rows(ChangeSet c) =>
    [
        .. c.Chains, .. c.Regions, .. c.Segments, .. c.Flows, .. c.Companies, .. c.Anchors,
        .. c.Sites.Select(s => (s with { SegmentIds = [] }, string.Join(';', s.SegmentIds))),
        .. c.Supplies, .. c.Projects, .. c.RegionPriorities,
    ];

    private static ChangeSet Read(string folder)
    {
        var draft = DataSetReader.ReadFolder(folder);
        Assert.Empty(draft.Problems.Select(p => p.ToString()));
        return draft.ToChangeSet(replaceAll: false);
    }

    [Theory]
    [InlineData("mini")]
    [InlineData("ledger-v2")]
    public void A_folder_written_from_rows_reads_back_as_the_same_rows(string fixture)
    {
        var rows = Read(Repo.Fixture(fixture));
        DataSetFolderWriter.Write(_folder.Path, rows);
        Assert.Equal(Rows(rows), Rows(Read(_folder.Path)));
    }

    [Fact]
    public void Every_column_of_version_2_is_written_and_read_back()
    {
        var rows = new ChangeSet
        {
            Companies =
            [
                new Company("c1", "公司, \"甲\"", "Co", "91441200MA4W7Q2K3M", CompanyTags.Anchor | CompanyTags.Srdi, null, "300750.SZ", 2011, 0, 1.5m, "https://x.cn/a?b=1", "年报\n2023"),
                new Company("c2", "乙", null, null, CompanyTags.None, "c1"),
            ],
            Anchors = [new Anchor("c1", "es", null), new Anchor("c2", "auto", "plan")],
            Sites = [new Site("s1", "c1", null, "R", 0.00001, -179.99999999, SiteKind.Rnd, ["a", "b"], "10万吨/年", new DateOnly(2020, 2, 29), "src")],
            Supplies = [new Supply("c1", "c2", null, null, SupplyConfidence.Unverified), new Supply("c2", "c1", "a", "x")],
            Projects =
            [
                new Project("p1", "项目", null, "R", null, null, ProjectStatus.Dropped, new DateOnly(2024, 1, 31), null),
                new Project("p2", "项目二", "c1", "R", "a", 12_000_000_000m, ProjectStatus.Lead, new DateOnly(2024, 2, 1), "s"),
            ],
            RegionPriorities = [new RegionPriority("R", "a", "规划")],
        };
        DataSetFolderWriter.Write(_folder.Path, rows);
        Assert.Equal(Rows(rows), Rows(Read(_folder.Path)));
        Assert.Equal(
            "supplier_id,customer_id,segment_id,confidence,source",
            File.ReadLines(_folder.File("supplies.csv")).First());
        Assert.Equal(
            ["id,name_zh,company_id,region_code,segment_id,investment_yuan,status,status_date,source", "p1,项目,,R,,,DROPPED,2024-01-31,"],
            File.ReadLines(_folder.File("projects.csv")).Take(2));
        Assert.False(File.Exists(_folder.File("chains.csv")));
    }

    [Fact]
    public void A_writer_may_write_the_columns_of_version_1()
    {
        using (var writer = new DataSetFileWriter(_folder.Path, DataSetSchema.Supplies, ["supplier_id", "customer_id", "segment_id", "source"]))
        {
            writer.Row("a", "b", null, "press");
        }
        Assert.Equal("supplier_id,customer_id,segment_id,source", File.ReadLines(_folder.File("supplies.csv")).First());
        Assert.Equal(new Supply("a", "b", null, "press", SupplyConfidence.Reported), Assert.Single(DataSetReader.ReadFolder(_folder.Path).Supplies).Value);
    }

    [Fact]
    public void A_row_must_fill_the_written_columns_and_no_value_is_dropped()
    {
        using var writer = new DataSetFileWriter(_folder.Path, DataSetSchema.Companies, ["id", "name_zh"]);
        Assert.Throws<ArgumentException>(() => writer.Row("c1", "公司", null));
        Assert.Throws<ArgumentException>(() => writer.Row(DataSetCells.Of(new Company("c1", "公司", null, null, CompanyTags.None, null, Founded: 2000))));
        writer.Row(DataSetCells.Of(new Company("c1", "公司", null, null, CompanyTags.None, null)));
        Assert.Throws<ArgumentException>(() => new DataSetFileWriter(_folder.Path, DataSetSchema.Companies, ["id", "nickname"]));
        Assert.Equal(["id", "name_zh"], writer.Columns);
    }

    [Fact]
    public void By_default_the_header_names_every_column()
    {
        using (var writer = new DataSetFileWriter(_folder.Path, DataSetSchema.Sites))
        {
            Assert.Throws<ArgumentException>(() => writer.Row("s1", "c1", null, "R", "1", "2", "PLANT", "a"));
        }
        Assert.Equal(string.Join(',', DataSetSchema.Sites.Columns), File.ReadLines(_folder.File("sites.csv")).First());
    }

    public void Dispose() => _folder.Dispose();
}
