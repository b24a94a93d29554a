using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// What a snapshot after a write that adds no company, region, segment or chain takes over from <see cref="Before"/>:
/// the companies' numbering and rows in key order (the written rows in their places), the indexes the write changed
/// nothing of (the groups: each company's group root and anchor chains, or the roots alone when only anchor tags or rows
/// changed (<see cref="GroupRoots"/>); the sites' entries and each segment's sites; the supply lists), and for the rest the indexes before with what the write changes redone (<c>GraphSnapshot.Patch.cs</c>):
/// the written sites' entries, the sites numbered anew when the write adds some (<see cref="SitesAdded"/>), and the
/// per-region aggregates of the regions the written rows touch. A new company, region, segment or chain numbers every
/// one after it anew, and with it every index: nothing is taken over then.
/// </summary>
internal sealed record IndexReuse(GraphSnapshot Before, ChangeSet Changes, bool Groups, bool GroupRoots, bool Sites, bool Supplies, bool SitesAdded)
{
    /// <summary>What a snapshot of <paramref name="before"/> with <paramref name="changes"/> applied can keep; null for nothing.</summary>
    public static IndexReuse? Of(GraphSnapshot before, ChangeSet changes)
    {
        if (!before.IsIndexed || changes.ReplaceAll || changes.Chains.Count > 0 || changes.Regions.Count > 0 || changes.Segments.Count > 0)
        {
            return null;
        }
        var (parents, anchorTags) = (true, true);
        foreach (var company in changes.Companies)
        {
            if (!before.CompanyIndex.TryGetValue(company.Id, out var number))
            {
                // a new company numbers every company after it anew
                return null;
            }
            var old = before.Companies[number];
            parents &= string.Equals(old.ParentId, company.ParentId, StringComparison.Ordinal);
            anchorTags &= (old.Tags & CompanyTags.Anchor) == (company.Tags & CompanyTags.Anchor);
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
}
