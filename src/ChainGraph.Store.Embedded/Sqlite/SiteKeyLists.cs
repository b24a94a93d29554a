using System.Globalization;
using System.Text;
using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>
/// The sites of each segment and of each region, as lists of key rows: what a question about one segment or one
/// region needs of a site and its company, one line per site in id order, its fields separated by tabs: site id,
/// company id, region code, lat, lon, the site's own segments and the company's tags (each a <c>;</c> list), and the
/// company's parent id (empty when it has none); a backslash, tab or newline inside a field is written <c>\\</c>,
/// <c>\t</c>, <c>\n</c>. A segment's list holds the sites naming it among their own segments (the one link the tables
/// cannot index, since a site keeps its segments in one column), a region's the sites in that region itself. Reading
/// a region's or a segment's sites from a few values is far cheaper than from tens of thousands of rows through
/// the SQLite provider. Written with every commit beside the graph image, of the same data version.
/// </summary>
internal sealed class SiteKeyLists
{
    private readonly GraphSnapshot _snapshot;
    private readonly List<KeyValuePair<string, List<int>>> _segments;
    private readonly List<KeyValuePair<string, List<int>>> _regions;

    private SiteKeyLists(GraphSnapshot snapshot, List<KeyValuePair<string, List<int>>> segments, List<KeyValuePair<string, List<int>>> regions)
    {
        _snapshot = snapshot;
        _segments = segments;
        _regions = regions;
    }

    /// <summary>Per segment id, its list; each list's text is made as it is enumerated, so that only one is held at a time.</summary>
    public IEnumerable<(string SegmentId, string Sites)> BySegment => Lines(_segments);

    /// <summary>Per region code, the list of the sites in that region (not below it), made as it is enumerated.</summary>
    public IEnumerable<(string RegionCode, string Sites)> ByRegion => Lines(_regions);

    /// <summary>Which sites go in which list (the text is made when the lists are written).</summary>
    public static SiteKeyLists Of(GraphSnapshot snapshot)
    {
        var segments = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var regions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        // Sites are numbered in id order, so every list is in id order too.
        for (var i = 0; i < snapshot.Sites.Length; i++)
        {
            foreach (var segment in snapshot.Sites[i].SegmentIds.Distinct(StringComparer.Ordinal))
            {
                ListOf(segments, segment).Add(i);
            }
            ListOf(regions, snapshot.Sites[i].RegionCode).Add(i);
        }
        return new SiteKeyLists(snapshot, [.. segments.OrderBy(kv => kv.Key, Ids.Comparer)], [.. regions.OrderBy(kv => kv.Key, Ids.Comparer)]);
    }

    private static List<int> ListOf(Dictionary<string, List<int>> lists, string key)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }
        return list;
    }

    private IEnumerable<(string, string)> Lines(List<KeyValuePair<string, List<int>>> lists)
    {
        var text = new StringBuilder();
        foreach (var (key, sites) in lists)
        {
            text.Clear();
            foreach (var i in sites)
            {
                var site = _snapshot.Sites[i];
                var company = _snapshot.Companies[_snapshot.SiteCompany[i]];
                Field(text, site.Id).Append('\t');
                Field(text, site.CompanyId).Append('\t');
                Field(text, site.RegionCode).Append('\t');
                text.Append(site.Lat.ToString("R", CultureInfo.InvariantCulture)).Append('\t');
                text.Append(site.Lon.ToString("R", CultureInfo.InvariantCulture)).Append('\t');
                Field(text, TextList.Join(site.SegmentIds)).Append('\t');
                Field(text, TextList.Join(company.Tags.ContractNames())).Append('\t');
                Field(text, company.ParentId ?? "").Append('\n');
            }
            yield return (key, text.ToString());
        }
    }

    /// <summary>
    /// Reads one list back: each site's key row, with its company's tags and parent. Ids that repeat
    /// (companies, regions, segments) go through <paramref name="shared"/>; a tag or segment list seen before in the
    /// same call is not parsed again.
    /// </summary>
    public static void Read(string sites, Func<string, string> shared, Action<Site, CompanyTags, string?> add)
    {
        var tagsSeen = new Dictionary<string, CompanyTags>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var segmentsSeen = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var rest = sites.AsSpan();
        Span<Range> fields = stackalloc Range[9];
        while (rest.Length > 0)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (line.Split(fields, '\t') != 8)
            {
                throw new InvalidDataException("a site key list line does not have its 8 fields");
            }
            var tagText = line[fields[6]];
            if (!tagsSeen.TryGetValue(tagText, out var tags))
            {
                foreach (var name in TextList.Split(Text(tagText)))
                {
                    tags |= CompanyTags.TryParse(name, out var tag) ? tag : throw new InvalidDataException($"unknown tag '{name}' in a site key list");
                }
                tagsSeen[tagText] = tags;
            }
            var segmentText = line[fields[5]];
            if (!segmentsSeen.TryGetValue(segmentText, out var segments))
            {
                segments = [.. TextList.Split(Text(segmentText)).Select(shared)];
                segmentsSeen[segmentText] = segments;
            }
            var site = new Site(
                Text(line[fields[0]]),
                shared(Text(line[fields[1]])),
                null,
                shared(Text(line[fields[2]])),
                double.Parse(line[fields[3]], NumberStyles.Float, CultureInfo.InvariantCulture),
                double.Parse(line[fields[4]], NumberStyles.Float, CultureInfo.InvariantCulture),
                default,
                segments);
            add(site, tags, line[fields[7]].IsEmpty ? null : shared(Text(line[fields[7]])));
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

    private static string Text(ReadOnlySpan<char> field)
    {
        if (field.IndexOf('\\') < 0)
        {
            return field.ToString();
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
        return text.ToString();
    }
}
