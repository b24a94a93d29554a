using ChainGraph.Domain;
using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// What a snapshot after a write that adds no company, region, segment or chain takes over from <see cref="Before"/>:
/// the companies' numbering and rows in key order (the written rows in their places), the indexes the write changed
/// nothing of (the groups: each company's group root and anchor chains, or the roots alone when only anchor tags or rows
/// changed (<see cref="GroupRoots"/>); the sites' entries and each segment's sites; the supply lists), and for the rest the
/// indexes before with what the write changes redone (<c>GraphSnapshot.Patch.cs</c>, <c>GraphSnapshot.Groups.cs</c>): the
/// groups the written companies were or are in (their roots too when parents changed, and the supplier groups those
/// touch when no supply row is written),
/// the written sites' entries, the sites numbered anew when the write adds some (<see cref="SitesAdded"/>), and the
/// per-region aggregates of the regions the written rows touch. A write that adds companies and nothing that refers to
/// them takes over every index with the companies numbered anew (<see cref="CompanyMap"/>, <c>GraphSnapshot.Renumber.cs</c>);
/// new companies with rows of other kinds are taken in two steps (<see cref="OfCompaniesFirst"/>); a new region, segment
/// or chain numbers too much anew: nothing is taken over then.
/// </summary>
internal sealed record IndexReuse(GraphSnapshot Before, ChangeSet Changes, bool Groups, bool GroupRoots, bool Sites, bool Supplies, bool SitesAdded)
{
    /// <summary>
    /// When the write adds companies: each company's number before -> its number now (ascending: the new companies take
    /// their places in id order among the others); null when the numbering is kept.
    /// </summary>
    public int[]? CompanyMap { get; private init; }

    /// <summary>
    /// Whether the write leaves the supply rows as they were (none written or deleted): the rows and each company's supply
    /// lists are then kept, and when group roots changed only the supplier groups of the groups touched are listed again.
    /// </summary>
    public bool SupplyRows => Changes.Supplies.Count == 0 && Changes.DeletedSupplies.Count == 0;

    /// <summary>The companies the write adds, in id order (empty unless <see cref="CompanyMap"/> is set).</summary>
    public Company[] AddedCompanies { get; private init; } = [];

    /// <summary>What a snapshot of <paramref name="before"/> with <paramref name="changes"/> applied can keep; null for nothing.</summary>
    public static IndexReuse? Of(GraphSnapshot before, ChangeSet changes)
    {
        if (!before.IsIndexed || changes.ReplaceAll || changes.Chains.Count > 0 || changes.Regions.Count > 0 || changes.Segments.Count > 0)
        {
            return null;
        }
        var (parents, anchorTags) = (true, true);
        Dictionary<string, Company>? added = null;
        foreach (var company in changes.Companies)
        {
            if (!before.CompanyIndex.TryGetValue(company.Id, out var number))
            {
                // a company written twice keeps its last row
                (added ??= new(StringComparer.Ordinal))[company.Id] = company;
                continue;
            }
            var old = before.Companies[number];
            parents &= string.Equals(old.ParentId, company.ParentId, StringComparison.Ordinal);
            anchorTags &= (old.Tags & CompanyTags.Anchor) == (company.Tags & CompanyTags.Anchor);
        }
        if (added is not null)
        {
            return Renumbering(before, changes, added, parents && anchorTags);
        }
        // a company is an anchor of a chain through its own or a group company's tag or anchor row
        var groups = parents && anchorTags && changes.Anchors.Count == 0 && changes.DeletedAnchors.Count == 0;
        var sites = changes.Sites.Count == 0;
        // the supply lists hold each company's group root (which only the parents decide), not its anchor chains
        var supplies = parents && changes.Supplies.Count == 0 && changes.DeletedSupplies.Count == 0;
        // a new site numbers every site after it anew
        var sitesAdded = changes.Sites.Any(s => before.SiteNumber(s.Id) < 0);
        return new IndexReuse(before, changes, groups, parents, sites, supplies, sitesAdded);
    }

    /// <summary>
    /// For a write that adds companies beside rows of other kinds (a data set of new companies with their sites): the reuse
    /// of its companies alone, the first of two steps (the rest is then a write that adds no company, patched as any such
    /// write), when they can be numbered in without building the indexes; null otherwise.
    /// </summary>
    public static IndexReuse? OfCompaniesFirst(GraphSnapshot before, ChangeSet changes)
    {
        if (changes.Companies.Count == 0 || changes.Companies.Count == changes.RowCount || changes.ReplaceAll
            || changes.Chains.Count > 0 || changes.Regions.Count > 0 || changes.Segments.Count > 0)
        {
            return null;
        }
        return Of(before, new ChangeSet { Companies = changes.Companies, KeysAreDistinct = changes.KeysAreDistinct }) is { CompanyMap: not null } reuse
            ? reuse
            : null;
    }

    /// <summary>
    /// The reuse of a write that adds companies: only when it writes no site, supply or anchor row (a planner adding a
    /// company, whose sites come in writes of their own), keeps every existing company's parent and ANCHOR tag, and no
    /// company already there names a new one as its parent (no existing group changes then); null otherwise.
    /// </summary>
    private static IndexReuse? Renumbering(GraphSnapshot before, ChangeSet changes, Dictionary<string, Company> added, bool groupsKept)
    {
        if (!groupsKept || changes.Sites.Count > 0 || changes.Supplies.Count > 0 || changes.DeletedSupplies.Count > 0
            || changes.Anchors.Count > 0 || changes.DeletedAnchors.Count > 0)
        {
            return null;
        }
        foreach (var company in before.Companies)
        {
            if (company.ParentId is { } parent && added.ContainsKey(parent))
            {
                return null;
            }
        }
        var rows = added.Values.ToArray();
        Array.Sort(Array.ConvertAll(rows, c => c.Id), rows, Ids.Comparer);
        // merged by id: each company before moves up by the number of new ones whose ids sort before its own
        var map = new int[before.CompanyIds.Length];
        var j = 0;
        for (var i = 0; i < map.Length; i++)
        {
            while (j < rows.Length && Ids.Comparer.Compare(rows[j].Id, before.CompanyIds[i]) < 0)
            {
                j++;
            }
            map[i] = i + j;
        }
        return new IndexReuse(before, changes, Groups: false, GroupRoots: false, Sites: false, Supplies: false, SitesAdded: false)
        {
            CompanyMap = map,
            AddedCompanies = rows,
        };
    }
}
