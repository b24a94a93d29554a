using ChainGraph.Domain;
using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// The indexes of a snapshot after a write that adds no company, region, segment or chain (see <see cref="IndexReuse"/>),
/// made from those of the snapshot before by redoing only what the written rows change: the written sites' entries (every
/// site's number when the write adds sites), and the per-region aggregates of the regions where a company's
/// contribution changed (the others' local sites numbered anew when sites were added). A million-company store
/// otherwise indexes two million sites and counts every region again for the edit of one site (seconds per edit).
/// </summary>
internal sealed partial class GraphSnapshot
{
    /// <summary>Share of the companies from which a write's changed contributions are counted again in full instead of patched.</summary>
    private const int PatchRegionsUpToPerCent = 25;

    /// <summary><paramref name="before"/> with each written row in its place (found by <paramref name="numberOf"/>); the same array when nothing is written.</summary>
    private static T[] Patched<T>(T[] before, IReadOnlyList<T> written, Func<T, int> numberOf)
    {
        if (written.Count == 0)
        {
            return before;
        }
        var rows = (T[])before.Clone();
        // in the change set's order: a key written twice keeps its last row, as the rows by key do
        foreach (var row in written)
        {
            rows[numberOf(row)] = row;
        }
        return rows;
    }

    /// <summary>
    /// The sites of <paramref name="before"/> with <paramref name="written"/> in their places and the new ones merged in
    /// by id (a site written twice keeps its last row).
    /// </summary>
    private static Site[] WithNewSites(GraphSnapshot before, IReadOnlyList<Site> written)
    {
        var added = new Dictionary<string, Site>(StringComparer.Ordinal);
        var existing = new List<Site>();
        foreach (var site in written)
        {
            if (before.SiteNumber(site.Id) >= 0)
            {
                existing.Add(site);
            }
            else
            {
                added[site.Id] = site;
            }
        }
        var old = Patched(before.Sites, existing, s => before.SiteNumber(s.Id));
        var rest = added.Values.ToArray();
        Array.Sort(Array.ConvertAll(rest, s => s.Id), rest, Ids.Comparer);
        var merged = new Site[old.Length + rest.Length];
        int i = 0, j = 0;
        for (var k = 0; k < merged.Length; k++)
        {
            merged[k] = j == rest.Length || (i < old.Length && Ids.Comparer.Compare(old[i].Id, rest[j].Id) < 0) ? old[i++] : rest[j++];
        }
        return merged;
    }

    /// <summary>
    /// The sites' entries of the snapshot before, with those of the written sites made again; when the write adds sites,
    /// every site's entries at its new number (<paramref name="siteMap"/>: each site's number before -> its number now;
    /// null when the numbers are kept).
    /// </summary>
    private (int[] Company, int[] Region, int[][] WorksIn, GeoPoint[] Points, RowLists<int> CompanySites) PatchSites(IndexReuse reuse, out int[]? siteMap)
    {
        var before = reuse.Before;
        siteMap = null;
        if (!reuse.SitesAdded)
        {
            // only the entries that differ are copied: correcting a site's coordinates copies no company, region or
            // segment entry, and the segments' site lists are kept when no site changed company or segments
            int[]? company = null, region = null;
            int[][]? worksIn = null;
            GeoPoint[]? points = null;
            var scratch = new List<int>(8);
            foreach (var written in reuse.Changes.Sites)
            {
                var i = SiteNumber(written.Id);
                // the row the write leaves (a site written twice keeps its last row)
                var (site, old) = (Sites[i], before.Sites[i]);
                if (CompanyIndex[site.CompanyId] is var c && c != before.SiteCompany[i])
                {
                    (company ??= (int[])before.SiteCompany.Clone())[i] = c;
                }
                if (RegionIndex[site.RegionCode] is var r && r != before.SiteRegion[i])
                {
                    (region ??= (int[])before.SiteRegion.Clone())[i] = r;
                }
                if (Closure(site.SegmentIds, scratch) is var closed && !closed.AsSpan().SequenceEqual(before.SiteWorksIn[i]))
                {
                    (worksIn ??= (int[][])before.SiteWorksIn.Clone())[i] = closed;
                }
                if (site.Lat != old.Lat || site.Lon != old.Lon)
                {
                    (points ??= (GeoPoint[])before.SitePoints.Clone())[i] = new GeoPoint(site.Lat, site.Lon);
                }
            }
            // each company's sites change only when a site changes company
            return (company ?? before.SiteCompany, region ?? before.SiteRegion, worksIn ?? before.SiteWorksIn, points ?? before.SitePoints,
                company is null ? before.CompanySites : SitesByCompany(company));
        }
        var n = Sites.Length;
        var (companyOf, regionOf, worksInOf, pointOf) = (new int[n], new int[n], new int[n][], new GeoPoint[n]);
        var map = new int[before.Sites.Length];
        var j = 0;
        for (var i = 0; i < n; i++)
        {
            if (j < before.SiteIds.Length && string.Equals(SiteIds[i], before.SiteIds[j], StringComparison.Ordinal))
            {
                map[j] = i;
                if (ReferenceEquals(Sites[i], before.Sites[j]))
                {
                    (companyOf[i], regionOf[i], worksInOf[i], pointOf[i]) = (before.SiteCompany[j], before.SiteRegion[j], before.SiteWorksIn[j], before.SitePoints[j]);
                    j++;
                    continue;
                }
                j++;
            }
            // a new site, or one the write changed
            IndexSites(i, i + 1, companyOf, regionOf, worksInOf, pointOf);
        }
        siteMap = map;
        return (companyOf, regionOf, worksInOf, pointOf, SitesByCompany(companyOf));
    }

    /// <summary>
    /// The per-region aggregates after the write: those of the snapshot before, with every company whose contribution
    /// may have changed (the old and new companies of written sites, companies whose group or anchor chains changed)
    /// taken out of each region it had sites in and counted into each region it has sites in now; projects placed
    /// again when the write has any. Null when that is most companies (then they are counted again in full).
    /// </summary>
    private RegionAggregate[]? PatchRegionAggregates(IndexReuse reuse, int[]? siteMap)
    {
        var before = reuse.Before;
        var changed = new HashSet<int>();
        // a site's coordinates count in no aggregate: only new sites, and sites that changed company, region or
        // segments, change their companies' contributions
        foreach (var site in reuse.Changes.Sites)
        {
            var now = SiteNumber(site.Id);
            if (before.SiteNumber(site.Id) is var was and >= 0)
            {
                if (SiteCompany[now] == before.SiteCompany[was] && SiteRegion[now] == before.SiteRegion[was]
                    && SiteWorksIn[now].AsSpan().SequenceEqual(before.SiteWorksIn[was]))
                {
                    continue;
                }
                changed.Add(before.SiteCompany[was]);
            }
            changed.Add(SiteCompany[now]);
        }
        if (!ReferenceEquals(GroupRoot, before.GroupRoot) || !ReferenceEquals(IsAnchor, before.IsAnchor))
        {
            for (var c = 0; c < Companies.Length; c++)
            {
                if (GroupRoot[c] != before.GroupRoot[c] || AnchorChainsDiffer(before, c))
                {
                    changed.Add(c);
                }
            }
        }
        if (changed.Count * 100L > (long)Companies.Length * PatchRegionsUpToPerCent)
        {
            return null;
        }
        var companies = changed.Order().ToArray();
        var touched = new bool[Regions.Length];
        foreach (var c in companies)
        {
            MarkRegions(before, c, touched);
            MarkRegions(this, c, touched);
        }
        var projects = reuse.Changes.Projects.Count > 0 ? ProjectsByRegion(null) : null;
        var result = new RegionAggregate[Regions.Length];
        for (var r = 0; r < result.Length; r++)
        {
            var old = before.PerRegion[r];
            result[r] = touched[r] ? new RegionPatch(before, this, r, companies, siteMap).Apply(old, projects?[r] ?? old.Projects)
                : projects is null && siteMap is null ? old
                : new RegionAggregate
                {
                    LocalSites = siteMap is null ? old.LocalSites : RegionPatch.Renumbered(old.LocalSites, siteMap),
                    LocalCompanies = old.LocalCompanies,
                    Presence = old.Presence,
                    Anchors = old.Anchors,
                    Projects = projects?[r] ?? old.Projects,
                };
        }
        return result;
    }

    private bool AnchorChainsDiffer(GraphSnapshot before, int company)
    {
        for (var ch = 0; ch < IsAnchor.Length; ch++)
        {
            if (IsAnchor[ch][company] != before.IsAnchor[ch][company])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Marks every region a site of company <paramref name="company"/> lies in (or below) in <paramref name="s"/>.</summary>
    private static void MarkRegions(GraphSnapshot s, int company, bool[] touched)
    {
        foreach (var site in s.CompanySites[company])
        {
            foreach (var r in s.RegionAncestors[s.SiteRegion[site]])
            {
                touched[r] = true;
            }
        }
    }

}
