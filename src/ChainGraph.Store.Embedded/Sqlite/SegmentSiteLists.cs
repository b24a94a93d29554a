using System.Globalization;
using System.Text;
using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>
/// Per segment, the sites that name it among their own segments, in id order, each as the key row a question
/// about the segment needs: one line per site, its fields separated by tabs: site id, company id, region code, lat,
/// lon, the site's own segments and the company's tags (each a <c>;</c> list), and the company's parent id (empty
/// when it has none); a backslash, tab or newline inside a field is written <c>\\</c>, <c>\t</c>, <c>\n</c>. This is
/// the one many-to-many link the tables cannot index, since a site keeps its segments in one column, and reading a
/// segment's candidates from one value is far cheaper than from tens of thousands of rows. Written with every commit
/// beside the graph image, of the same data version.
/// </summary>
internal sealed class SegmentSiteLists
{
    private SegmentSiteLists(IReadOnlyList<(string SegmentId, string Sites)> rows) => Rows = rows;

    public IReadOnlyList<(string SegmentId, string Sites)> Rows { get; }

    public static SegmentSiteLists Of(GraphSnapshot snapshot)
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        // Sites are numbered in id order, so every list is in id order too.
        for (var i = 0; i < snapshot.Sites.Length; i++)
        {
            foreach (var segment in snapshot.Sites[i].SegmentIds.Distinct(StringComparer.Ordinal))
            {
                if (!lists.TryGetValue(segment, out var list))
                {
                    lists[segment] = list = [];
                }
                list.Add(i);
            }
        }
        var rows = new List<(string, string)>(lists.Count);
        var text = new StringBuilder();
        foreach (var (segment, sites) in lists.OrderBy(kv => kv.Key, Ids.Comparer))
        {
            text.Clear();
            foreach (var i in sites)
            {
                var site = snapshot.Sites[i];
                var company = snapshot.Companies[snapshot.SiteCompany[i]];
                Field(text, site.Id).Append('\t');
                Field(text, site.CompanyId).Append('\t');
                Field(text, site.RegionCode).Append('\t');
                text.Append(site.Lat.ToString("R", CultureInfo.InvariantCulture)).Append('\t');
                text.Append(site.Lon.ToString("R", CultureInfo.InvariantCulture)).Append('\t');
                Field(text, TextList.Join(site.SegmentIds)).Append('\t');
                Field(text, TextList.Join(company.Tags.ContractNames())).Append('\t');
                Field(text, company.ParentId ?? "").Append('\n');
            }
            rows.Add((segment, text.ToString()));
        }
        return new SegmentSiteLists(rows);
    }

    /// <summary>Reads one segment's list back: each site's key row, and its company's (id, tags and parent only).</summary>
    public static void Read(string sites, Action<Site, Company> add, Func<string, string> shared)
    {
        var rest = sites.AsSpan();
        Span<Range> fields = stackalloc Range[9];
        while (rest.Length > 0)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (line.Split(fields, '\t') != 8)
            {
                throw new InvalidDataException("a segment site list line does not have its 8 fields");
            }
            var companyId = Text(line[fields[1]], shared);
            var tags = CompanyTags.None;
            foreach (var name in TextList.Split(Text(line[fields[6]], shared)))
            {
                tags |= CompanyTags.TryParse(name, out var tag) ? tag : throw new InvalidDataException($"unknown tag '{name}' in a segment site list");
            }
            var parent = line[fields[7]].IsEmpty ? null : Text(line[fields[7]], shared);
            add(
                new Site(
                    Text(line[fields[0]], shared),
                    companyId,
                    null,
                    Text(line[fields[2]], shared),
                    double.Parse(line[fields[3]], NumberStyles.Float, CultureInfo.InvariantCulture),
                    double.Parse(line[fields[4]], NumberStyles.Float, CultureInfo.InvariantCulture),
                    default,
                    [.. TextList.Split(Text(line[fields[5]], shared)).Select(shared)]),
                new Company(companyId, "", null, null, tags, parent));
        }
    }

    private static StringBuilder Field(StringBuilder text, string value)
    {
        if (value.AsSpan().IndexOfAny('\\', '\t', '\n') < 0)
        {
            return text.Append(value);
        }
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => text.Append("\\\\"),
                '\t' => text.Append("\\t"),
                '\n' => text.Append("\\n"),
                _ => text.Append(c),
            };
        }
        return text;
    }

    private static string Text(ReadOnlySpan<char> field, Func<string, string> shared)
    {
        if (field.IndexOf('\\') < 0)
        {
            return shared(field.ToString());
        }
        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            if (c == '\\' && i + 1 < field.Length)
            {
                i++;
                c = field[i] switch
                {
                    't' => '\t',
                    'n' => '\n',
                    var other => other,
                };
            }
            text.Append(c);
        }
        return shared(text.ToString());
    }
}
