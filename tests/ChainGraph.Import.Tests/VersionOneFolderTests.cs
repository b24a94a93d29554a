using ChainGraph.Domain.Model;
using ChainGraph.TestSupport;

namespace ChainGraph.Import.Tests;

/// <summary>Every version 1 folder stays valid and means what it meant (a supply is REPORTED, an empty investment undisclosed).</summary>
public sealed class VersionOneFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void The_mini_fixture_means_what_it_meant()
    {
        var changes = DataSetReader.ReadFolder(Repo.Fixture("mini")).ToChangeSet(replaceAll: false);
        Assert.Equal(96, changes.RowCount);
        Assert.Empty(changes.Anchors);
        Assert.Empty(changes.RegionPriorities);
        Assert.All(changes.Supplies, s => Assert.Equal(SupplyConfidence.Reported, s.Confidence));
        Assert.All(changes.Companies, c => Assert.Equal(c with { StockCode = null, Founded = null, Employees = null, RevenueYuan = null, Website = null, Source = null }, c));
        Assert.All(changes.Sites, s => Assert.Equal((null, null, null), (s.Capacity, s.Since, s.Source)));
        Assert.Equal(0m, changes.Projects.Single(p => p.Id == "p9").InvestmentYuan); // a written 0 is still 0
        Assert.Equal(12_000_000_000m, changes.Projects.Single(p => p.Id == "p5").InvestmentYuan);
    }

    [Fact]
    public void A_version_1_project_without_an_amount_is_undisclosed()
    {
        _folder.Write("projects.csv", "id,name_zh,region_code,status,status_date\np1,项目,441200,SIGNED,2023-07-14\n");
        var draft = DataSetReader.ReadFolder(_folder.Path);
        Assert.Empty(draft.Problems);
        Assert.Null(draft.Projects[0].Value.InvestmentYuan);
    }

    [Fact]
    public void A_version_1_header_only_file_without_required_columns_stays_valid()
    {
        _folder.Write("sites.csv", "id,company_id\n");
        _folder.Write("regions.csv", "code,name_zh,name_en\n");
        Assert.Empty(DataSetReader.ReadFolder(_folder.Path).Problems);
    }

    public void Dispose() => _folder.Dispose();
}
