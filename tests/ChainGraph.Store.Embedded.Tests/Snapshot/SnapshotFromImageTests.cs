using System.Text;
using ChainGraph.Import;
using ChainGraph.Server.Generate;
using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.Store.Embedded.Sqlite;
using ChainGraph.TestSupport;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Tests.Snapshot;

/// <summary>
/// A snapshot built from rows read back from the graph image (which come with their supplies' company numbers) has the
/// same indexes as one built from the table rows, also when those numbers are wrong; the store is large enough that its
/// sites are indexed in two halves side by side.
/// </summary>
public sealed class SnapshotFromImageTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TempFolder _data = new();

    private string DbPath => _folder.File("cg.db");

    [Fact]
    public async Task The_image_and_the_rows_give_the_same_indexes()
    {
        new SyntheticDataSet(12_000, seed: 11).WriteTo(_data.Path);
        using (var store = EmbeddedGraphStore.Open(DbPath))
        {
            Assert.True((await DataSetImporter.RunAsync(_data.Path, store, false, true)).Succeeded);
        }
        var file = new SqliteGraphFile(DbPath);

        var fromImage = file.Load();
        Assert.True(file.LoadedFromImage);
        Assert.NotNull(fromImage.SupplyEnds);
        var imageSnapshot = new GraphSnapshot(fromImage);
        Assert.Null(fromImage.SupplyEnds); // used by the first snapshot only
        Assert.True(imageSnapshot.Sites.Length >= 20_000, "the sites must be many enough to be indexed in two halves");

        // the same rows with every company number wrong: each supply's companies are looked up by id
        var misnumbered = file.Load();
        misnumbered.SupplyEnds = new int[misnumbered.SupplyEnds!.Length];
        var misnumberedSnapshot = new GraphSnapshot(misnumbered);

        Execute("UPDATE meta SET value = '999' WHERE key = 'data_version'");
        var fromRows = file.Load();
        Assert.False(file.LoadedFromImage);
        Assert.Null(fromRows.SupplyEnds);
        var expected = Describe(new GraphSnapshot(fromRows));

        Assert.Equal(expected, Describe(imageSnapshot));
        Assert.Equal(expected, Describe(misnumberedSnapshot));
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Every company's and site's index entries, with supply rows by key (a company's supplies have no order).</summary>
    private static string Describe(GraphSnapshot s)
    {
        var text = new StringBuilder();
        for (var c = 0; c < s.Companies.Length; c++)
        {
            text.Append(s.CompanyIds[c]).Append(" customers ").AppendJoin(',', s.Customers[c].ToArray())
                .Append(" supplies ").AppendJoin(',', s.CompanySupplies[c].ToArray().Select(k => s.SupplyRows[k]).Select(x => x.Key.ToString() + "/" + x.Confidence + "/" + x.Source).Order(StringComparer.Ordinal))
                .Append(" suppliers ").AppendJoin(',', s.GroupSuppliers[c].ToArray())
                .Append(" sites ").AppendJoin(',', s.CompanySites[c].ToArray())
                .AppendLine();
        }
        for (var i = 0; i < s.Sites.Length; i++)
        {
            text.Append(s.SiteIds[i]).Append(' ').Append(s.SiteCompany[i]).Append(' ').Append(s.SiteRegion[i]).Append(' ')
                .Append(s.SitePoints[i]).Append(' ').AppendJoin(',', s.SiteWorksIn[i]).AppendLine();
        }
        for (var g = 0; g < s.Segments.Length; g++)
        {
            text.Append(s.Segments[g].Id).Append(' ').AppendJoin(',', s.SegmentSites[g]).AppendLine();
        }
        for (var r = 0; r < s.Regions.Length; r++)
        {
            var region = s.PerRegion[r];
            text.Append(s.Regions[r].Code).Append(" sites ").AppendJoin(',', region.LocalSites)
                .Append(" companies ").AppendJoin(',', region.LocalCompanies)
                .Append(" presence ").AppendJoin(',', region.Presence.OrderBy(p => p.Key).Select(p => $"{p.Key}:{p.Value.Companies}/{p.Value.Sites}/{string.Join('+', p.Value.AnchorsByChain)}"))
                .Append(" anchors ").AppendJoin(';', region.Anchors.Select(chain => string.Join(',', chain.Select(a => $"{a.CompanyId}<{a.GroupId}:{string.Join('+', a.LeafSegmentIds)}"))))
                .AppendLine();
        }
        return text.ToString();
    }

    public void Dispose()
    {
        _folder.Dispose();
        _data.Dispose();
    }
}
