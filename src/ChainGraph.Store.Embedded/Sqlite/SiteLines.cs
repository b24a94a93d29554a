using System.Runtime.CompilerServices;
using System.Text;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>
/// Every site's line of the site key lists (<see cref="SiteKeyLists"/>), made once: a site is in its region's list and
/// in the list of each of its segments with the same line, so the lists are put together from these lines instead of
/// formatting a site two or more times. A large snapshot's sites are made in two halves side by side.
/// </summary>
internal sealed class SiteLines
{
    /// <summary>From how many sites the two halves are made on two threads.</summary>
    private const int SplitFromSites = 20_000;

    private readonly int _split;
    private readonly Part _first;
    private readonly Part _second;

    private SiteLines(int split, Part first, Part second)
    {
        _split = split;
        _first = first;
        _second = second;
    }

    public static SiteLines Of(GraphSnapshot snapshot)
    {
        var count = snapshot.Sites.Length;
        if (count < SplitFromSites)
        {
            return new SiteLines(count, Make(snapshot, 0, count), Make(snapshot, count, count));
        }
        var split = count / 2;
        var second = Task.Run(() => Make(snapshot, split, count));
        var first = Make(snapshot, 0, split);
        return new SiteLines(split, first, second.GetAwaiter().GetResult());
    }

    /// <summary>The line of site number <paramref name="site"/>, ending with its newline.</summary>
    public ReadOnlySpan<byte> Line(int site) => site < _split ? _first.Line(site) : _second.Line(site - _split);

    /// <summary>
    /// The lines of sites <paramref name="from"/> to <paramref name="to"/> (exclusive): site id, company id, region code,
    /// lat, lon, the site's segments and the company's tags (each a <c>;</c> list), and the company's parent id.
    /// </summary>
    private static Part Make(GraphSnapshot snapshot, int from, int to)
    {
        // about 75 bytes a line in generated data: start near that so the buffer rarely grows
        var text = new Utf8Text((int)Math.Min(Array.MaxLength, (to - from) * 80L));
        var ends = new int[to - from];
        // a tag set is written the same way every time it appears: encoded once
        var tagTexts = new Dictionary<CompanyTags, byte[]>();
        for (var i = from; i < to; i++)
        {
            AppendLine(text, snapshot, i, tagTexts);
            ends[i - from] = text.Written.Length;
        }
        return new Part(text, ends);
    }

    /// <summary>
    /// Appends the line of site number <paramref name="i"/> to <paramref name="text"/>; <paramref name="tagTexts"/> keeps
    /// each tag set's text, encoded once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AppendLine(Utf8Text text, GraphSnapshot snapshot, int i, Dictionary<CompanyTags, byte[]> tagTexts)
    {
        var site = snapshot.Sites[i];
        // a snapshot whose indexes are deferred (an import's) has the company ids' map but not the sites' companies
        var company = snapshot.Companies[snapshot.IsIndexed ? snapshot.SiteCompany[i] : snapshot.CompanyIndex[site.CompanyId]];
        text.Field(site.Id).Tab();
        text.Field(site.CompanyId).Tab();
        text.Field(site.RegionCode).Tab();
        text.Number(site.Lat).Tab();
        text.Number(site.Lon).Tab();
        for (var k = 0; k < site.SegmentIds.Count; k++)
        {
            if (k > 0)
            {
                text.Byte((byte)';');
            }
            text.Field(site.SegmentIds[k]);
        }
        text.Tab();
        if (!tagTexts.TryGetValue(company.Tags, out var tags))
        {
            tagTexts[company.Tags] = tags = Encoding.UTF8.GetBytes(TextList.Join(company.Tags.ContractNames()));
        }
        text.Bytes(tags).Tab();
        text.Field(company.ParentId ?? "").Byte((byte)'\n');
    }

    /// <summary>Consecutive lines in one buffer; <c>Ends[k]</c> is where line <c>k</c> ends.</summary>
    private sealed record Part(Utf8Text Text, int[] Ends)
    {
        public ReadOnlySpan<byte> Line(int k)
        {
            var start = k == 0 ? 0 : Ends[k - 1];
            return Text.Written[start..Ends[k]];
        }
    }
}
