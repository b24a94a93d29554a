using ChainGraph.Domain;
using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// The indexes of a snapshot after a write that adds no company and no site (<see cref="IndexReuse.StableNumbers"/>),
/// made from those of the snapshot before by redoing only what the written rows change: the written sites' entries,
/// and the per-region aggregates of the regions where a company's contribution changed. A million-company store
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

    /// <summary>The sites' entries of the snapshot before, with those of the written sites made again.</summary>
    private (int[] Company, int[] Region, int[][] WorksIn, GeoPoint[] Points, RowLists<int> CompanySites) PatchSites(IndexReuse reuse)
    {
        var before = reuse.Before;
        var company = (int[])before.SiteCompany.Clone();
        var region = (int[])before.SiteRegion.Clone();
        var worksIn = (int[][])before.SiteWorksIn.Clone();
        var points = (GeoPoint[])before.SitePoints.Clone();
        var moved = false;
        foreach (var site in reuse.Changes.Sites)
        {
            var i = SiteNumber(site.Id);
            IndexSites(i, i + 1, company, region, worksIn, points);
            moved |= company[i] != before.SiteCompany[i];
        }
        // each company's sites change only when a site changes company
        return (company, region, worksIn, points, moved ? SitesByCompany(company) : before.CompanySites);
    }

    /// <summary>
    /// The per-region aggregates after the write: those of the snapshot before, with every company whose contribution
    /// may have changed (the old and new companies of written sites, companies whose group or anchor chains changed)
    /// taken out of each region it had sites in and counted into each region it has sites in now; projects placed
    /// again when the write has any. Null when that is most companies (then they are counted again in full).
    /// </summary>
    private RegionAggregate[]? PatchRegionAggregates(IndexReuse reuse)
    {
        var before = reuse.Before;
        var changed = new HashSet<int>();
        foreach (var site in reuse.Changes.Sites)
        {
            var i = SiteNumber(site.Id);
            changed.Add(before.SiteCompany[i]);
            changed.Add(SiteCompany[i]);
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
        var projects = reuse.Changes.Projects.Count > 0 ? ProjectsByRegion() : null;
        var result = new RegionAggregate[Regions.Length];
        for (var r = 0; r < result.Length; r++)
        {
            var old = before.PerRegion[r];
            result[r] = touched[r] ? new RegionPatch(before, this, r, companies).Apply(old, projects?[r] ?? old.Projects)
                : projects is null ? old
                : new RegionAggregate
                {
                    LocalSites = old.LocalSites,
                    LocalCompanies = old.LocalCompanies,
                    Presence = old.Presence,
                    Anchors = old.Anchors,
                    Projects = projects[r],
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

    /// <summary>Per region: the projects in it or below it, in id order (as the full count places them).</summary>
    private Project[][] ProjectsByRegion()
    {
        var lists = new List<Project>?[Regions.Length];
        foreach (var project in Projects)
        {
            foreach (var r in RegionAncestors[RegionIndex[project.RegionCode]])
            {
                (lists[r] ??= []).Add(project);
            }
        }
        return Array.ConvertAll(lists, l => l?.ToArray() ?? []);
    }
}
