using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;
using ChainGraph.Store.Embedded.Sqlite;

namespace ChainGraph.Store.Embedded.Scoped;

/// <summary>The rows of some site key lists (<see cref="SiteKeyLists"/>), parsed: each site with its company's tags and parent.</summary>
internal sealed class ParsedSiteLists
{
    private ParsedSiteLists(List<(Site Site, CompanyTags Tags, string? Parent)> rows) => Rows = rows;

    public List<(Site Site, CompanyTags Tags, string? Parent)> Rows { get; }

    /// <summary>
    /// Parses <paramref name="lists"/>, sharing repeated strings through <paramref name="pool"/> (a pool of its own
    /// when none is given: a parse on another thread must not touch the caller's).
    /// </summary>
    public static ParsedSiteLists Of(IReadOnlyList<string> lists, Dictionary<string, string>? pool = null)
    {
        pool ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<(Site, CompanyTags, string?)>();
        foreach (var list in lists)
        {
            SiteKeyLists.Read(list, pool.Share, (site, tags, parent) => rows.Add((site, tags, parent)));
        }
        return new ParsedSiteLists(rows);
    }
}
