using System.Globalization;
using System.Text;
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
internal sealed partial class SiteKeyLists
{
    private readonly GraphSnapshot _snapshot;
    private readonly List<KeyValuePair<string, List<int>>> _segments;
    private readonly List<KeyValuePair<string, List<int>>> _regions;
    private SiteLines? _lines; // made on the first write, shared by the segment and region lists

    private SiteKeyLists(GraphSnapshot snapshot, List<KeyValuePair<string, List<int>>> segments, List<KeyValuePair<string, List<int>>> regions, bool partial)
    {
        _snapshot = snapshot;
        _segments = segments;
        _regions = regions;
        IsPartial = partial;
    }

    /// <summary>Receives one list: its key and its text in UTF-8, valid only during the call.</summary>
    public delegate void ListSink(string key, ReadOnlySpan<byte> sites);

    /// <summary>Per segment id, its list, as text (for reading back in tests; the file is written through <see cref="WriteBySegment"/>).</summary>
    public IReadOnlyList<(string SegmentId, string Sites)> BySegment => AsText(_segments);

    /// <summary>Per region code, the list of the sites in that region (not below it), as text.</summary>
    public IReadOnlyList<(string RegionCode, string Sites)> ByRegion => AsText(_regions);

    /// <summary>Hands each segment's list to <paramref name="sink"/>, made in one reused UTF-8 buffer.</summary>
    public void WriteBySegment(ListSink sink) => Write(_segments, sink);

    /// <summary>Hands each region's list to <paramref name="sink"/>, made in one reused UTF-8 buffer.</summary>
    public void WriteByRegion(ListSink sink) => Write(_regions, sink);

    /// <summary>
    /// Makes every site's line now, for lists that hold every list (a large write's), so that writing them later only
    /// copies bytes: a commit calls it while its rows are still being written on the file's connection, which then has
    /// less to do once they are (at a million companies, two million lines). Partial lists format their few sites as
    /// they are written. Returns the lists.
    /// </summary>
    public SiteKeyLists Prepared()
    {
        if (!IsPartial)
        {
            _lines ??= SiteLines.Of(_snapshot);
        }
        return this;
    }

    /// <summary>Which sites go in which list (the text is made when the lists are written).</summary>
    public static SiteKeyLists Of(GraphSnapshot snapshot) => Limited(snapshot, null, null);

    /// <summary>
    /// Whether these are only the lists a change can have altered: written over the lists of the version the change
    /// applies to, they give that of every list; over any other, <see cref="Whole"/> is written instead.
    /// </summary>
    public bool IsPartial { get; }

    /// <summary>Every list of the same snapshot.</summary>
    public SiteKeyLists Whole() => IsPartial ? Of(_snapshot) : this;

    private List<(string, string)> AsText(List<KeyValuePair<string, List<int>>> lists)
    {
        var text = new List<(string, string)>(lists.Count);
        Write(lists, (key, sites) => text.Add((key, Encoding.UTF8.GetString(sites))));
        return text;
    }

    /// <summary>
    /// Puts each list's text together in one growing UTF-8 buffer, reused from list to list, from every site's line made
    /// once (<see cref="SiteLines"/>): at a million companies the lists are hundreds of megabytes, which as a string per
    /// list (and its UTF-8 copy for SQLite) kept the collector busy with large objects, and formatting each site for
    /// every list it is in took seconds.
    /// </summary>
    private void Write(List<KeyValuePair<string, List<int>>> lists, ListSink sink)
    {
        // a change's few lists are formatted site by site; every list, from every site's line made once
        var lines = IsPartial ? null : _lines ??= SiteLines.Of(_snapshot);
        var tagTexts = new Dictionary<CompanyTags, byte[]>();
        var text = new Utf8Text();
        try
        {
            foreach (var (key, sites) in lists)
            {
                text.Clear();
                foreach (var i in sites)
                {
                    if (lines is null)
                    {
                        SiteLines.AppendLine(text, _snapshot, i, tagTexts);
                    }
                    else
                    {
                        text.Bytes(lines.Line(i));
                    }
                }
                sink(key, text.Written);
            }
        }
        finally
        {
            text.Dispose();
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
