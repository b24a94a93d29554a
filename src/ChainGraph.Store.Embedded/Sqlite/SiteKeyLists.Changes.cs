using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>Which sites go in which of the lists a change can have altered.</summary>
internal sealed partial class SiteKeyLists
{
    /// <summary>
    /// The lists a change can have altered, for a write that rewrites only those (<see cref="IsPartial"/>): the lists
    /// of each written site's segments and region, before and after the change, and those of every site of a company
    /// whose tags or parent changed (the fields of a company a site's line holds). A list that the change emptied is
    /// among them, with no sites. A change that replaces everything, the first write of a store, and a write of
    /// <see cref="SecondaryIndexes.RebuildFromRows"/> sites and companies or more get every list.
    /// </summary>
    public static SiteKeyLists Of(GraphSnapshot next, GraphSnapshot before, ChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(changes);
        // a large write (an import) rewrites every list: it would touch most of them anyway
        if (changes.ReplaceAll || before.Sites.Length == 0 || changes.Sites.Count + changes.Companies.Count >= SecondaryIndexes.RebuildFromRows)
        {
            return Of(next);
        }
        var segments = new HashSet<string>(StringComparer.Ordinal);
        var regions = new HashSet<string>(StringComparer.Ordinal);
        void Touch(Site site)
        {
            segments.UnionWith(site.SegmentIds);
            regions.Add(site.RegionCode);
        }
        foreach (var site in changes.Sites)
        {
            Touch(site);
            if (before.Data.Sites.TryGetValue(site.Id, out var old))
            {
                Touch(old);
            }
        }
        // the companies whose tags or parent changed: every site of theirs has a changed line
        var retagged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var company in changes.Companies)
        {
            if (before.Data.Companies.TryGetValue(company.Id, out var old)
                && (old.Tags != company.Tags || !string.Equals(old.ParentId, company.ParentId, StringComparison.Ordinal)))
            {
                retagged.Add(company.Id);
            }
        }
        if (retagged.Count > 0 && next.IsIndexed)
        {
            foreach (var id in retagged)
            {
                if (next.CompanyIndex.TryGetValue(id, out var number))
                {
                    foreach (var site in next.CompanySites[number])
                    {
                        Touch(next.Sites[site]);
                    }
                }
            }
        }
        else if (retagged.Count > 0)
        {
            // without indexes (a store opened to import), one pass over the sites finds those companies' sites
            foreach (var site in next.Sites)
            {
                if (retagged.Contains(site.CompanyId))
                {
                    Touch(site);
                }
            }
        }
        return Limited(next, segments, regions);
    }

    /// <summary>
    /// The lists of every segment and region, or with <paramref name="onlySegments"/> and <paramref name="onlyRegions"/>
    /// those of the keys named there (each of them, empty when no site is in it).
    /// </summary>
    private static SiteKeyLists Limited(GraphSnapshot snapshot, HashSet<string>? onlySegments, HashSet<string>? onlyRegions)
    {
        var segments = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var regions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var partial = onlySegments is not null;
        foreach (var key in onlySegments ?? [])
        {
            segments[key] = [];
        }
        foreach (var key in onlyRegions ?? [])
        {
            regions[key] = [];
        }
        // A change that alters no list (a company's name, say) looks at no site; with indexes, a change's few lists are
        // filled from them. Otherwise one pass over the sites fills them.
        var filled = partial
            && ((onlySegments!.Count == 0 && onlyRegions!.Count == 0) || (snapshot.IsIndexed && FromIndexes(snapshot, segments, regions)));
        // Sites are numbered in id order, so every list is in id order too.
        for (var i = 0; i < snapshot.Sites.Length && !filled; i++)
        {
            var site = snapshot.Sites[i];
            var siteSegments = site.SegmentIds;
            for (var k = 0; k < siteSegments.Count; k++)
            {
                var segment = siteSegments[k];
                if ((!partial || onlySegments!.Contains(segment)) && !NamedBefore(siteSegments, k))
                {
                    ListOf(segments, segment).Add(i);
                }
            }
            if (!partial || onlyRegions!.Contains(site.RegionCode))
            {
                ListOf(regions, site.RegionCode).Add(i);
            }
        }
        return new SiteKeyLists(snapshot, [.. segments.OrderBy(kv => kv.Key, Ids.Comparer)], [.. regions.OrderBy(kv => kv.Key, Ids.Comparer)], partial);
    }

    /// <summary>
    /// Fills the lists named in <paramref name="segments"/> and <paramref name="regions"/> (each empty) from the snapshot's
    /// indexes rather than a pass over every site: a segment's list from the sites that work in it (those naming it among
    /// their own segments), a region's from its local sites (those in the region itself). A small write into a million
    /// companies then looks at the sites of the few lists it touches, not at two million. False, with the lists left
    /// empty, when a key is not in the snapshot (the pass over the sites then makes them).
    /// </summary>
    private static bool FromIndexes(GraphSnapshot snapshot, Dictionary<string, List<int>> segments, Dictionary<string, List<int>> regions)
    {
        if (segments.Keys.Any(id => !snapshot.SegmentIndex.ContainsKey(id)) || regions.Keys.Any(code => !snapshot.RegionIndex.ContainsKey(code)))
        {
            return false;
        }
        foreach (var (id, list) in segments)
        {
            foreach (var site in snapshot.SegmentSites[snapshot.SegmentIndex[id]])
            {
                if (snapshot.Sites[site].SegmentIds.Contains(id, StringComparer.Ordinal))
                {
                    list.Add(site);
                }
            }
            // the index lists a segment's sites by company; a list is in site order
            list.Sort();
        }
        foreach (var (code, list) in regions)
        {
            var r = snapshot.RegionIndex[code];
            // local sites are those of the region and the regions below it, in site order
            foreach (var site in snapshot.PerRegion[r].LocalSites)
            {
                if (snapshot.SiteRegion[site] == r)
                {
                    list.Add(site);
                }
            }
        }
        return true;
    }

    /// <summary>Whether the segment at <paramref name="k"/> is also named earlier in the list (a site is listed once per segment).</summary>
    private static bool NamedBefore(IReadOnlyList<string> segmentIds, int k)
    {
        for (var j = 0; j < k; j++)
        {
            if (string.Equals(segmentIds[j], segmentIds[k], StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static List<int> ListOf(Dictionary<string, List<int>> lists, string key)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }
        return list;
    }
}
