using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;
using ChainGraph.Store.Embedded.Sqlite;

namespace ChainGraph.Store.Embedded.Scoped;

/// <summary>The reads of site key lists (<see cref="SiteKeyLists"/>): a region's or a segment's sites.</summary>
internal sealed partial class ScopedRows
{
    /// <summary>
    /// Reads the site key lists of the given keys (regions or segments): the sites, and the companies not read yet
    /// (from the lists' key rows), then those companies' parents.
    /// </summary>
    private void ReadSiteLists(string table, string keyColumn, Dictionary<string, string> parameters)
    {
        AddSites(Parse(ReadListTexts(table, keyColumn, parameters), _pool));
    }

    /// <summary>The text of the site key lists of the given keys (regions or segments), as stored.</summary>
    private List<string> ReadListTexts(string table, string keyColumn, Dictionary<string, string> parameters)
    {
        var texts = new List<string>();
        using var command = _connection.CreateCommand();
        command.Transaction = _tx;
        command.CommandText = $"SELECT sites FROM {table} WHERE {keyColumn} " + InJson;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        using var row = command.ExecuteReader();
        while (row.Read())
        {
            texts.Add(row.GetString(0));
        }
        return texts;
    }

    /// <summary>
    /// The rows of site key lists: each site with its company's tags and parent, repeated strings shared through
    /// <paramref name="pool"/> (a pool of its own for a parse on another thread: this one stays with this thread).
    /// </summary>
    private static List<(Site Site, CompanyTags Tags, string? Parent)> Parse(List<string> lists, Dictionary<string, string> pool)
    {
        var rows = new List<(Site, CompanyTags, string?)>();
        foreach (var list in lists)
        {
            SiteKeyLists.Read(list, pool.Share, (site, tags, parent) => rows.Add((site, tags, parent)));
        }
        return rows;
    }

    /// <summary>Adds parsed sites, the companies not read yet (from the lists' key rows), then those companies' parents.</summary>
    private void AddSites(List<(Site Site, CompanyTags Tags, string? Parent)> parsed)
    {
        var parents = new List<string>();
        foreach (var (site, tags, parent) in parsed)
        {
            Data.Sites[site.Id] = site;
            if (!Data.Companies.ContainsKey(site.CompanyId))
            {
                Data.Companies[site.CompanyId] = new Company(site.CompanyId, "", null, null, tags, parent);
                if (parent is not null)
                {
                    parents.Add(parent);
                }
            }
        }
        EnsureCompanies(parents);
    }
}
