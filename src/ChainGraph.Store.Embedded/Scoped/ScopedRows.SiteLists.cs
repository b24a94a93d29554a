using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Scoped;

/// <summary>The reads of site key lists (<see cref="ChainGraph.Store.Embedded.Sqlite.SiteKeyLists"/>): a region's or a segment's sites.</summary>
internal sealed partial class ScopedRows
{
    /// <summary>
    /// Reads the site key lists of the given keys (regions or segments): the sites, and the companies not read yet
    /// (from the lists' key rows), then those companies' parents.
    /// </summary>
    private void ReadSiteLists(string table, string keyColumn, Dictionary<string, string> parameters)
    {
        var lists = ReadListTexts(table, keyColumn, parameters);
        AddSites(ParsedSiteLists.Of(lists, _pool));
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

    /// <summary>Adds parsed sites, the companies not read yet (from the lists' key rows), then those companies' parents.</summary>
    private void AddSites(ParsedSiteLists parsed)
    {
        var parents = new List<string>();
        foreach (var (site, tags, parent) in parsed.Rows)
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
